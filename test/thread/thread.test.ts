import type { Chat, PachcaEmulator } from '../emulator';
import { asJson, emulatorPerFile, requestsTo, rl, runThread } from '../harness/fixtures/thread';

let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Incidents', memberIds: [13, 14] });
});

const link = (messageId: number) => `https://app.pachca.com/chats/${chat.id}?message=${messageId}`;

describe('Create (on a message)', () => {
	it.each([
		['id', (id: number) => rl('id', id)],
		['url', (id: number) => rl('url', link(id))],
	])('opens the thread of a message chosen by %s and outputs it', async (_mode, locator) => {
		const [alert] = emu.addMessages(chat.id, 1, { content: 'Disk full on db-1' });

		const result = await runThread(emu, { operation: 'create', messageId: locator(alert.id) });

		expect(result.error).toBeUndefined();
		const thread = emu.state.threads.get(emu.state.messages.get(alert.id)!.thread!.id)!;
		expect(emu.requests.map((r) => [r.method, r.path])).toEqual([['POST', `/messages/${alert.id}/thread`]]);
		expect(result.items).toEqual([{ json: asJson(thread), pairedItem: { item: 0 } }]);
		expect(thread).toMatchObject({ message_id: alert.id, message_chat_id: chat.id });
	});

	it('returns the existing thread when the message has one, as Pachca does', async () => {
		const [alert] = emu.addMessages(chat.id, 1);
		const first = await runThread(emu, { operation: 'create', messageId: rl('id', alert.id) });
		const second = await runThread(emu, { operation: 'create', messageId: rl('id', alert.id) });

		expect(second.items[0].json).toEqual(first.items[0].json);
		expect([...emu.state.threads.values()].filter((t) => t.message_id === alert.id)).toHaveLength(1);
	});

	it("Pachca's refusal of a message that is itself in a thread reaches the user", async () => {
		const [alert] = emu.addMessages(chat.id, 1);
		const thread = emu.state.threadFor(alert, emu.botId);
		const [comment] = emu.addMessages(thread.chat_id, 1);

		const result = await runThread(emu, { operation: 'create', messageId: rl('id', comment.id) });

		expect(result.error?.message).toContain('400');
		expect([...emu.state.threads.values()].some((t) => t.message_id === comment.id)).toBe(false);
	});
});

describe('Create Standalone', () => {
	it('creates a thread tied to no message, with the bot as its only member', async () => {
		const result = await runThread(emu, { operation: 'createStandalone' });

		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'POST', '/threads').map((r) => r.body)).toEqual([undefined]);
		const created = result.items[0].json;
		expect(created).toMatchObject({ message_id: null, message_chat_id: null });
		expect(created).toEqual(asJson(emu.state.threads.get(created.id as number)));
		expect(emu.state.chats.get(created.chat_id as number)!.member_ids).toEqual([emu.botId]);
	});
});

describe('Get', () => {
	it('gets a thread by its ID', async () => {
		const [alert] = emu.addMessages(chat.id, 1);
		const thread = emu.state.threadFor(alert, emu.botId);

		const result = await runThread(emu, { operation: 'get', threadId: rl('id', thread.id) });

		expect(result.items).toEqual([{ json: asJson(thread), pairedItem: { item: 0 } }]);
		expect(emu.requests.map((r) => [r.method, r.path])).toEqual([['GET', `/threads/${thread.id}`]]);
	});

	it('gets a thread by the link of its message, through the message', async () => {
		const [alert] = emu.addMessages(chat.id, 1);
		const thread = emu.state.threadFor(alert, emu.botId);

		const result = await runThread(emu, { operation: 'get', threadId: rl('url', link(alert.id)) });

		expect(result.items[0].json).toEqual(asJson(thread));
		expect(emu.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/messages/${alert.id}`],
			['GET', `/threads/${thread.id}`],
		]);
	});

	it('says so when the linked message has no thread, and asks nothing more', async () => {
		const [alert] = emu.addMessages(chat.id, 1);

		const result = await runThread(emu, { operation: 'get', threadId: rl('url', link(alert.id)) });

		expect(result.error?.message).toBe(`Thread: message ${alert.id} has no thread (item 0)`);
		expect(emu.requests.map((r) => r.path)).toEqual([`/messages/${alert.id}`]);
	});
});

describe('Get Many', () => {
	const visibleToBot = () =>
		[...emu.state.threads.values()].filter((t) => emu.state.isMember(emu.botId, emu.state.chats.get(t.chat_id)!)).length;

	it('reads every page with Return All (past 50), and stops at Limit otherwise', async () => {
		for (const message of emu.addMessages(chat.id, 60)) emu.state.threadFor(message, emu.userId);

		const all = await runThread(emu, { operation: 'getMany', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items).toHaveLength(visibleToBot());
		expect(all.items.length).toBeGreaterThan(60);
		expect(new Set(all.items.map((item) => item.json.id)).size).toBe(all.items.length);
		expect(requestsTo(emu, 'GET', '/threads').map((r) => r.query.limit)).toEqual(['50', '50']);

		emu.clearRequests();
		const some = await runThread(emu, { operation: 'getMany', returnAll: false, limit: 3 });
		expect(some.items.map((item) => item.json.id)).toEqual(all.items.slice(0, 3).map((item) => item.json.id));
		expect(requestsTo(emu, 'GET', '/threads').map((r) => r.query.limit)).toEqual(['3']);
	});

	it('sends the time filters as ISO timestamps, and Pachca applies them', async () => {
		const result = await runThread(emu, {
			operation: 'getMany',
			returnAll: true,
			filters: { lastMessageAfter: '2020-01-01T00:00:00Z', lastMessageBefore: '2020-01-02T00:00:00Z' },
		});

		expect(result.items).toEqual([]);
		expect(requestsTo(emu, 'GET', '/threads')[0].query).toMatchObject({
			last_message_at_after: '2020-01-01T00:00:00.000Z',
			last_message_at_before: '2020-01-02T00:00:00.000Z',
		});
	});

	it('does not list the threads of chats the bot is not in', async () => {
		const closed = emu.addChat({ name: 'Closed', botMember: false });
		const [message] = emu.addMessages(closed.id, 1);
		const hidden = emu.state.threadFor(message, emu.userId);

		const result = await runThread(emu, { operation: 'getMany', returnAll: true });

		expect(result.items.map((item) => item.json.id)).not.toContain(hidden.id);
	});
});
