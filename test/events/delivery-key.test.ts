// delivery_key on every trigger item: equal for every redelivery of one event (whichever process got
// it, however many times Pachca retried, by webhook or from the event history), different otherwise.
// It is what a database-backed dedupe keys on in n8n's queue mode, where each process has its own memory.
import type { INodeParameters } from 'n8n-workflow';

import { PachcaEmulator } from '../emulator';
import type { WebhookServer } from '../harness/webhook-server';
import { historyTrigger } from '../harness/fixtures/historyTrigger';
import { emitted, messagePayload, nowUnix, post, startTrigger } from '../harness/fixtures/trigger';

let emu: PachcaEmulator;
const servers: WebhookServer[] = [];

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	emu.addChat({ name: 'Keys', memberIds: [13] });
});
afterEach(async () => {
	await Promise.all(servers.splice(0).map((s) => s.close()));
	await emu.stop();
});

/** A trigger endpoint with its own duplicate memory: one n8n process (main or a webhook process). */
async function receiver(options: INodeParameters = {}): Promise<WebhookServer> {
	const server = await startTrigger(emu, { parameters: { events: ['*'], options } });
	servers.push(server);
	return server;
}

const send = (server: WebhookServer, payload: Record<string, unknown>) =>
	post(server.url, JSON.stringify(payload), { secret: emu.signingSecret });

describe('delivery_key', () => {
	it('is the same for a redelivery received by another process, with a later webhook_timestamp', async () => {
		const main = await receiver();
		const webhookProcess = await receiver();
		const first = messagePayload({ webhook_timestamp: nowUnix() - 5 });
		expect((await send(webhookProcess, first)).status).toBe(200);
		expect((await send(main, { ...first, webhook_timestamp: nowUnix() })).status).toBe(200);

		// Each process's own memory lets its copy through: two executions, one event.
		const [a, b] = [...emitted(webhookProcess), ...emitted(main)];
		expect(a.webhook_timestamp).not.toBe(b.webhook_timestamp);
		expect(a.delivery_key).toMatch(/^[0-9a-f]{64}$/);
		expect(b.delivery_key).toBe(a.delivery_key);
	});

	it("is the same on each of Pachca's retries when duplicate detection is off", async () => {
		const server = await receiver({ deduplicate: false });
		const payload = messagePayload();
		for (let attempt = 0; attempt < 3; attempt++) {
			await send(server, { ...payload, webhook_timestamp: Number(payload.webhook_timestamp) + attempt });
		}
		const keys = emitted(server).map((item) => item.delivery_key);
		expect(keys).toHaveLength(3);
		expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
		expect(new Set(keys).size).toBe(1);
	});

	it('differs between events: other message, other event on the same message, other reaction', async () => {
		const server = await receiver();
		const base = messagePayload({ id: 7001 });
		const events = [
			base,
			{ ...base, id: 7002, url: 'https://app.pachca.com/chats/1000?message=7002' },
			{ ...base, event: 'update' },
			{ ...base, content: 'Hello, edited' },
			{ type: 'reaction', event: 'new', message_id: 7001, code: '👍', user_id: 12, created_at: '2026-01-15T10:01:00.000Z', webhook_timestamp: nowUnix() },
			{ type: 'reaction', event: 'new', message_id: 7001, code: '🔥', user_id: 12, created_at: '2026-01-15T10:01:00.000Z', webhook_timestamp: nowUnix() },
			{ type: 'reaction', event: 'delete', message_id: 7001, code: '🔥', user_id: 12, created_at: '2026-01-15T10:01:00.000Z', webhook_timestamp: nowUnix() },
		];
		for (const payload of events) expect((await send(server, payload)).status).toBe(200);
		const keys = emitted(server).map((item) => item.delivery_key);
		expect(keys).toHaveLength(events.length);
		expect(new Set(keys).size).toBe(events.length);
	});

	it('is the same for the webhook delivery and for the Event History Trigger reading that event', async () => {
		const server = await receiver();
		expect((await emu.emitWebhook('message.new')).status).toBe(200);
		expect((await emu.emitWebhook('reaction.new')).status).toBe(200);
		// A redelivery: the same event, a later webhook_timestamp (the history holds each delivery as sent).
		await emu.emitWebhook('reaction.new', { ...emitted(server)[1], webhook_timestamp: nowUnix() + 1, delivery_key: undefined, event_name: undefined });

		const fromHistory = await historyTrigger(emu).poll();
		const [message, reaction] = emitted(server);
		expect(fromHistory.map((item) => item.delivery_key)).toEqual([message.delivery_key, reaction.delivery_key, reaction.delivery_key]);
		expect(message.delivery_key).not.toBe(reaction.delivery_key);
	});

	it('does not change when the trigger adds the full message to the item', async () => {
		const plain = await receiver();
		const full = await receiver({ fetchFullMessage: true });
		const message = emu.addMessages([...emu.state.chats.values()][0].id, 1, { content: 'Fetched' })[0];
		const payload = messagePayload({ id: message.id, chat_id: message.chat_id, entity_id: message.chat_id });
		await send(plain, payload);
		await send(full, payload);
		const [a, b] = [...emitted(plain), ...emitted(full)];
		expect(b.message).toMatchObject({ id: message.id, content: 'Fetched' });
		expect(a.delivery_key).toMatch(/^[0-9a-f]{64}$/);
		expect(b.delivery_key).toBe(a.delivery_key);
	});
});
