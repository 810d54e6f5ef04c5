import { createHmac } from 'node:crypto';
import { PachcaEmulator, WEBHOOK_KINDS, buildWebhookPayload, type Chat } from './index';
import { api, Receiver } from './helpers';

let emu: PachcaEmulator;
let chat: Chat;
let receiver: Receiver | undefined;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	chat = emu.addChat({ name: 'Hooks', memberIds: [13] });
});
afterEach(async () => {
	await emu.stop();
	await receiver?.stop();
	receiver = undefined;
});

const hmac = (raw: string, secret: string) => createHmac('sha256', secret).update(raw).digest('hex');

async function listen(statuses: number[] = [200]) {
	receiver = await new Receiver(statuses).start();
	emu.setBotWebhook(emu.botId, receiver.url);
	return receiver;
}

// Required fields of each payload schema of WebhookPayloadUnion.
const REQUIRED: Record<string, string[]> = {
	message: ['type', 'id', 'event', 'entity_type', 'entity_id', 'content', 'user_id', 'created_at', 'url', 'chat_id', 'webhook_timestamp'],
	link_shared: ['type', 'event', 'chat_id', 'message_id', 'links', 'user_id', 'created_at', 'webhook_timestamp'],
	reaction: ['type', 'event', 'chat_id', 'message_id', 'code', 'name', 'user_id', 'created_at', 'webhook_timestamp'],
	button: ['type', 'event', 'message_id', 'trigger_id', 'data', 'user_id', 'chat_id', 'webhook_timestamp'],
	view: ['type', 'event', 'callback_id', 'private_metadata', 'chat_id', 'user_id', 'data', 'webhook_timestamp'],
	chat_member: ['type', 'event', 'chat_id', 'user_ids', 'created_at', 'webhook_timestamp'],
	company_member: ['type', 'event', 'user_ids', 'created_at', 'webhook_timestamp'],
	video_call: ['type', 'event', 'video_room_id', 'chat_id', 'owner_id', 'webhook_timestamp'],
};

describe('webhook payloads', () => {
	it('lists 19 kinds, each `${type}.${event}`, with the spec required fields', () => {
		expect(WEBHOOK_KINDS).toHaveLength(19);
		for (const kind of WEBHOOK_KINDS) {
			const p = buildWebhookPayload(kind);
			expect(`${p.type}.${p.event}`).toBe(kind);
			const schema = kind === 'message.link_shared' ? 'link_shared' : String(p.type);
			for (const field of REQUIRED[schema]) expect(p).toHaveProperty(field);
			expect(Math.abs((p.webhook_timestamp as number) - Date.now() / 1000)).toBeLessThan(2);
		}
		expect(buildWebhookPayload('video_call.finished').members).toEqual([expect.objectContaining({ user_id: expect.any(Number) })]);
		expect(buildWebhookPayload('button.click', { data: 'x', chat_id: undefined })).not.toHaveProperty('chat_id');
	});
});

describe('delivery', () => {
	it('delivers every kind signed with HMAC-SHA256 of the exact raw body', async () => {
		const r = await listen();
		for (const kind of WEBHOOK_KINDS) {
			const res = await emu.emitWebhook(kind);
			expect(res).toMatchObject({ status: 200, attempts: 1 });
		}
		expect(r.received).toHaveLength(19);
		for (const got of r.received) {
			expect(got.headers['pachca-signature']).toBe(hmac(got.rawBody, emu.signingSecret));
			expect(got.headers['content-type']).toBe('application/json');
		}
		expect(r.received.map((g) => `${JSON.parse(g.rawBody).type}.${JSON.parse(g.rawBody).event}`)).toEqual([...WEBHOOK_KINDS]);
		expect(emu.deliveries).toHaveLength(19);
	});

	it('retries a failing receiver up to 3 times, each with a new timestamp and signature', async () => {
		const r = await listen([500, 503, 200]);
		const res = await emu.emitWebhook('message.new', { content: 'retry me' });
		expect(res).toMatchObject({ status: 200, attempts: 3 });
		const bodies = r.received.map((g) => JSON.parse(g.rawBody));
		expect(bodies.map((b) => b.content)).toEqual(['retry me', 'retry me', 'retry me']);
		const stamps = bodies.map((b) => b.webhook_timestamp);
		expect(new Set(stamps).size).toBe(3);
		expect(new Set(r.received.map((g) => g.headers['pachca-signature'])).size).toBe(3);
		r.received.forEach((g) => expect(g.headers['pachca-signature']).toBe(hmac(g.rawBody, emu.signingSecret)));
		expect(emu.deliveries.map((d) => d.status)).toEqual([500, 503, 200]);
	});

	it('gives up after 3 attempts and records connection errors as status 0', async () => {
		const r = await listen([500]);
		expect(await emu.emitWebhook('reaction.new')).toMatchObject({ status: 500, attempts: 3 });
		expect(r.received).toHaveLength(3);
		emu.setBotWebhook(emu.botId, 'http://127.0.0.1:1/unreachable');
		expect(await emu.emitWebhook('reaction.new')).toMatchObject({ status: 0, attempts: 3 });
	});

	it('can send unsigned or wrongly signed requests and keeps an overridden timestamp', async () => {
		const r = await listen();
		await emu.emitWebhook('button.click', {}, { sign: false });
		await emu.emitWebhook('button.click', { webhook_timestamp: 1000 }, { signature: 'bad' });
		expect(r.received[0].headers['pachca-signature']).toBeUndefined();
		expect(r.received[1].headers['pachca-signature']).toBe('bad');
		expect(JSON.parse(r.received[1].rawBody).webhook_timestamp).toBe(1000);
	});

	it('emits message.new, update and delete for API calls by others, not for the bot itself', async () => {
		const r = await listen();
		const created = await api(emu, 'POST', '/messages', { body: { message: { entity_id: chat.id, content: 'from admin' } } });
		const id = created.json.data.id;
		await api(emu, 'PUT', `/messages/${id}`, { body: { message: { content: 'edited' } } });
		await api(emu, 'POST', '/messages', { token: emu.botToken, body: { message: { entity_id: chat.id, content: 'from bot' } } });
		await api(emu, 'DELETE', `/messages/${id}`);
		await emu.flushWebhooks();
		const order = ['new', 'update', 'delete'];
		const got = r.received.map((g) => JSON.parse(g.rawBody)).sort((a, b) => order.indexOf(a.event) - order.indexOf(b.event));
		expect(got.map((p) => [p.event, p.id, p.content])).toEqual([
			['new', id, 'from admin'],
			['update', id, 'edited'],
			['delete', id, 'edited'],
		]);
		expect(got[0]).toMatchObject({ type: 'message', chat_id: chat.id, entity_type: 'discussion', user_id: emu.userId, thread: null });
	});

	it('emits message.link_shared for links on unfurl domains', async () => {
		const r = await listen();
		await api(emu, 'POST', '/messages', { body: { message: { entity_id: chat.id, content: 'read https://wiki.example.com/x now' } } });
		await emu.flushWebhooks();
		const shared = r.received.map((g) => JSON.parse(g.rawBody)).find((p) => p.event === 'link_shared');
		expect(shared).toMatchObject({ type: 'message', chat_id: chat.id, links: [{ url: 'https://wiki.example.com/x', domain: 'wiki.example.com', skip: false }] });
	});

	it('describes thread comments with entity_type thread and the parent message', async () => {
		const r = await listen();
		const [root] = emu.addMessages(chat.id, 1);
		const thread = (await api(emu, 'POST', `/messages/${root.id}/thread`)).json.data;
		await api(emu, 'POST', '/messages', { body: { message: { entity_type: 'thread', entity_id: thread.id, content: 'in thread' } } });
		await emu.flushWebhooks();
		expect(JSON.parse(r.received[0].rawBody)).toMatchObject({
			entity_type: 'thread', entity_id: thread.id, chat_id: thread.chat_id, thread: { message_id: root.id, message_chat_id: chat.id },
		});
	});

	it('honours trigger_on commands and fills emitted payloads with seeded ids', async () => {
		const r = await listen();
		await api(emu, 'PUT', `/bots/${emu.botId}`, { body: { webhook: { trigger_on: 'commands', commands: ['/deploy'] } } });
		for (const content of ['hello', '/deploy now']) {
			await api(emu, 'POST', '/messages', { body: { message: { entity_id: chat.id, content } } });
		}
		await emu.flushWebhooks();
		expect(r.received.map((g) => JSON.parse(g.rawBody).content)).toEqual(['/deploy now']);
		const { payload } = await emu.emitWebhook('button.click');
		expect(payload).toMatchObject({ chat_id: chat.id, user_id: emu.userId, message_id: expect.any(Number) });
		expect(emu.state.messages.has(payload.message_id as number)).toBe(true);
	});
});

describe('event history', () => {
	it('stores emitted and auto-emitted events even without a webhook URL, and deletes by ULID', async () => {
		await emu.emitWebhook('button.click', { data: 'approve' });
		await api(emu, 'POST', '/messages', { body: { message: { entity_id: chat.id, content: 'stored' } } });
		const res = await api(emu, 'GET', '/webhooks/events', { token: emu.botToken, query: { limit: 10 } });
		expect(res.status).toBe(200);
		const [newest, oldest] = res.json.data;
		expect(res.json.data).toHaveLength(2);
		expect(newest).toMatchObject({ event_type: 'message_new', payload: { type: 'message', event: 'new', content: 'stored' } });
		expect(oldest).toMatchObject({ event_type: 'button_click', payload: { data: 'approve' } });
		expect(oldest.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
		expect(Date.parse(oldest.created_at)).not.toBeNaN();
		const del = await api(emu, 'DELETE', `/webhooks/events/${oldest.id}`, { token: emu.botToken });
		expect(del.status).toBe(204);
		expect((await api(emu, 'DELETE', `/webhooks/events/${oldest.id}`, { token: emu.botToken })).status).toBe(404);
		expect((await api(emu, 'DELETE', '/webhooks/events/not-a-ulid', { token: emu.botToken })).status).toBe(404); // the spec lists no 400 for this method
		const left = await api(emu, 'GET', '/webhooks/events', { token: emu.botToken });
		expect(left.json.data.map((e: { id: string }) => e.id)).toEqual([newest.id]);
	});

	it('does not store events when the history is disabled', async () => {
		await api(emu, 'PUT', `/bots/${emu.botId}`, { body: { webhook: { events_history_enabled: false } } });
		await emu.emitWebhook('message.new');
		expect(emu.state.history.get(emu.botId)).toEqual([]);
	});
});
