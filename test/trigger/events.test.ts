// Event selection, the optional filters and "Fetch Full Message", with deliveries from the emulator.
import type { INodeParameters } from 'n8n-workflow';

import type { Chat } from '../emulator';
import { PachcaEmulator, WEBHOOK_KINDS } from '../emulator';
import { api } from '../emulator/helpers';
import type { WebhookServer } from '../harness/webhook-server';
import type { TriggerSetup } from '../harness/fixtures/trigger';
import { emitted, startTrigger } from '../harness/fixtures/trigger';

let emu: PachcaEmulator;
let chat: Chat;
let server: WebhookServer | undefined;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	chat = emu.addChat({ name: 'Events', memberIds: [13] });
	emu.addMessages(chat.id, 1, { content: 'First message' });
});
afterEach(async () => {
	await server?.close();
	server = undefined;
	await emu.stop();
});

async function trigger(events: string[], options: INodeParameters = {}, setup: TriggerSetup = {}) {
	server = await startTrigger(emu, { ...setup, parameters: { events, options } });
	return server;
}

describe('event selection', () => {
	it.each([...WEBHOOK_KINDS])('%s starts the workflow for its own event and for no other', async (kind) => {
		await trigger([kind]);
		for (const other of WEBHOOK_KINDS) {
			expect((await emu.emitWebhook(other)).status).toBe(200); // ignored ones too: Pachca must not retry
		}
		expect(server!.executions).toHaveLength(1);
		expect(emitted(server!)).toEqual([expect.objectContaining({ event_name: kind })]);
		const [type, event] = kind.split('.');
		expect(emitted(server!)[0]).toMatchObject({ type, event });
	});

	it('"All Events" passes all 19, each item the payload as sent plus event_name and delivery_key', async () => {
		await trigger(['*']);
		const sent: Array<Record<string, unknown>> = [];
		for (const kind of WEBHOOK_KINDS) sent.push((await emu.emitWebhook(kind)).payload);
		expect(server!.executions).toHaveLength(19);
		expect(server!.executions.every((run) => run.length === 1 && run[0].length === 1)).toBe(true);
		expect(emitted(server!)).toEqual(
			sent.map((payload) => ({
				...payload,
				event_name: `${payload.type}.${payload.event}`,
				delivery_key: expect.stringMatching(/^[0-9a-f]{64}$/),
				// a submitted form also carries its fields and its metadata read back (test/forms)
				...(payload.type === 'view' ? { fields: payload.data, metadata: JSON.parse(String(payload.private_metadata)) } : {}),
			})),
		);
	});

	it('a selection of several events passes exactly those', async () => {
		await trigger(['reaction.new', 'reaction.delete', 'view.submit']);
		for (const kind of WEBHOOK_KINDS) await emu.emitWebhook(kind);
		expect(emitted(server!).map((item) => item.event_name)).toEqual(['reaction.new', 'reaction.delete', 'view.submit']);
	});
});

describe('filters', () => {
	it('Only Commands passes new messages whose first word is a command, and leaves other events alone', async () => {
		await trigger(['message.new', 'message.update'], { commands: '/task, help' });
		const contents = ['/task buy milk', '/TASK shout', 'please /task', '/taskforce', '/help', '', '  /task  padded'];
		for (const content of contents) await emu.emitWebhook('message.new', { content });
		await emu.emitWebhook('message.update', { content: 'no command here' });
		expect(emitted(server!).map((item) => [item.event_name, item.content])).toEqual([
			['message.new', '/task buy milk'],
			['message.new', '/TASK shout'],
			['message.new', '/help'],
			['message.new', '  /task  padded'],
			['message.update', 'no command here'],
		]);
		expect(emu.deliveries.every((d) => d.status === 200)).toBe(true);
	});

	it('Only Chat IDs passes those chats and their threads, and events outside chats', async () => {
		const other = emu.addChat({ name: 'Other' });
		await trigger(['*'], { chatIds: `${chat.id}, 424242` });
		await emu.emitWebhook('message.new', { chat_id: chat.id, content: 'in chat' });
		await emu.emitWebhook('message.new', { chat_id: other.id, content: 'elsewhere' });
		await emu.emitWebhook('message.new', {
			chat_id: 777777, content: 'in a thread of the chat', thread: { message_id: 1, message_chat_id: chat.id },
		});
		await emu.emitWebhook('reaction.new', { chat_id: other.id });
		await emu.emitWebhook('company_member.invite');
		expect(emitted(server!).map((item) => item.content ?? item.event_name)).toEqual([
			'in chat', 'in a thread of the chat', 'company_member.invite',
		]);
	});

	it("Ignore User IDs drops those users' events, e.g. the bot's own messages", async () => {
		await trigger(['*'], { ignoreUserIds: String(emu.botId) });
		await emu.emitWebhook('message.new', { user_id: emu.botId, content: 'from the bot' });
		await emu.emitWebhook('reaction.new', { user_id: emu.botId });
		await emu.emitWebhook('message.new', { user_id: emu.userId, content: 'from a person' });
		expect(emitted(server!).map((item) => [item.event_name, item.user_id])).toEqual([['message.new', emu.userId]]);
	});

	it('refuses to run with an invalid filter entry, naming it', async () => {
		await trigger(['*'], { chatIds: '12, twelve' });
		expect((await emu.emitWebhook('message.new')).status).toBe(500);
		expect(server!.errors[0].message).toBe('Only Chat IDs: expected positive numeric IDs, got "twelve"');
		expect(server!.executions).toHaveLength(0);
	});
});

describe('Fetch Full Message', () => {
	it('adds the message from GET /messages/{id} for a message posted through the API', async () => {
		await trigger(['message.new'], { fetchFullMessage: true });
		const file = { name: 'a.pdf', file_type: 'file', size: 10, key: emu.seedUpload(['attaches', 'files', '1', 'a.pdf'].join('/'), emu.userToken) };
		const created = await api(emu, 'POST', '/messages', {
			body: { message: { entity_id: chat.id, content: 'with a file', files: [file] } },
		});
		expect(created.status).toBe(201);
		await emu.flushWebhooks();
		const [item] = emitted(server!);
		expect(item).toMatchObject({ event_name: 'message.new', id: created.json.data.id, content: 'with a file' });
		expect(item.message).toEqual(created.json.data);
		expect((item.message as { files: unknown[] }).files).toHaveLength(1);
		expect(emu.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([`/messages/${created.json.data.id}`]);
	});

	it('uses message_id for reactions and adds nothing to events without a message', async () => {
		const [message] = emu.addMessages(chat.id, 1, { content: 'reacted to' });
		await trigger(['*'], { fetchFullMessage: true });
		await emu.emitWebhook('reaction.new', { message_id: message.id });
		await emu.emitWebhook('company_member.invite');
		const [reaction, member] = emitted(server!);
		expect((reaction.message as { content: string }).content).toBe('reacted to');
		expect(member).not.toHaveProperty('message');
	});

	it('answers a failed fetch with 503 and lets Pachca retry it past the duplicate check', async () => {
		const [message] = emu.addMessages(chat.id, 1);
		emu.injectFault({ method: 'GET', path: `/messages/${message.id}`, kind: 'status', status: 403, times: 2 });
		await trigger(['message.new'], { fetchFullMessage: true });
		const result = await emu.emitWebhook('message.new', { id: message.id });
		expect(result).toMatchObject({ status: 200, attempts: 3 });
		expect(emu.deliveries.map((delivery) => delivery.status)).toEqual([503, 503, 200]);
		expect(server!.errors).toEqual([]);
		expect(server!.executions).toHaveLength(1);
		expect(emitted(server!)[0].message).toMatchObject({ id: message.id });
	});
});
