import type { Chat, Message, PachcaEmulator } from '../emulator';
import { runListSearch } from '../harness/run';
import { asJson, credentialsFor, emulatorPerFile, requestsTo, rl, runMessage } from '../harness/fixtures/message';

let emu: PachcaEmulator;
let busy: Chat;
let messages: Message[];

emulatorPerFile((started) => {
	emu = started;
	busy = emu.addChat({ name: 'Busy channel', channel: true });
	messages = emu.addMessages(busy.id, 130);
});

const listRequests = () => requestsTo(emu, 'GET', '/messages');

describe('Get', () => {
	it.each([
		['id', () => rl('id', messages[4].id)],
		['url', () => rl('url', `https://app.pachca.com/chats/${busy.id}?message=${messages[4].id}`)],
	])('returns the whole message chosen by %s', async (_mode, locator) => {
		const result = await runMessage(emu, { operation: 'get', messageId: locator() });

		expect(emu.requests.map((r) => [r.method, r.path])).toEqual([['GET', `/messages/${messages[4].id}`]]);
		expect(result.items).toEqual([{ json: asJson(messages[4]), pairedItem: { item: 0 } }]);
	});

	it('keeps only the key fields with Simplify', async () => {
		const result = await runMessage(emu, { operation: 'get', messageId: rl('id', messages[0].id), simplify: true });

		expect(result.items[0].json).toEqual({
			id: messages[0].id,
			entity_type: 'discussion',
			entity_id: busy.id,
			chat_id: busy.id,
			content: 'Message 1',
			user_id: emu.userId,
			created_at: messages[0].created_at,
			url: messages[0].url,
			parent_message_id: null,
			thread: null,
		});
	});

	it.each([
		['a negative ID', rl('id', '={{ -5 }}'), 'Message: expected a positive numeric ID, got -5 (item 0)'],
		['a link to a chat, not a message', rl('url', `={{ "https://app.pachca.com/chats/${1000}" }}`), 'Message: expected a Pachca message link, got "https://app.pachca.com/chats/1000" (item 0)'],
	])('refuses %s without a request', async (_case, messageId, message) => {
		const result = await runMessage(emu, { operation: 'get', messageId });

		expect(result.error?.message).toContain(message);
		expect(emu.requests).toEqual([]);
	});
});

describe('Get Many', () => {
	it('returns Limit 120 messages, newest first, in pages of 50, 50 and 20', async () => {
		const result = await runMessage(emu, { operation: 'getMany', chatId: rl('list', busy.id), returnAll: false, limit: 120 });

		expect(result.items).toHaveLength(120);
		expect(result.items.map((item) => item.json.id)).toEqual(messages.slice(10).reverse().map((m) => m.id));
		expect(result.items.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(listRequests().map((r) => r.query.limit)).toEqual(['50', '50', '20']);
		expect(listRequests()[0].query).toEqual({ chat_id: String(busy.id), sort: 'id', order: 'desc', limit: '50' });
		expect(result.items[0].json).toEqual(asJson(messages[129]));
	});

	it('returns all messages with Return All, oldest first', async () => {
		const result = await runMessage(emu, {
			operation: 'getMany',
			chatId: rl('url', `https://app.pachca.com/chats/${busy.id}`),
			returnAll: true,
			order: 'asc',
		});

		expect(result.items.map((item) => item.json.id)).toEqual(messages.map((m) => m.id));
		expect(listRequests().map((r) => [r.query.order, r.query.limit])).toEqual([
			['asc', '50'],
			['asc', '50'],
			['asc', '50'],
		]);
	});

	it('Return All follows next_page when the answer has no has_next (the spec requires only next_page)', async () => {
		emu.state.paginationQuirk = 'noHasNext';
		try {
			const result = await runMessage(emu, { operation: 'getMany', chatId: rl('id', busy.id), returnAll: true, order: 'asc' });

			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.id)).toEqual(messages.map((m) => m.id));
			// 130 messages: three full pages, then an empty one that ends the list.
			expect(listRequests().map((r) => r.query.limit)).toEqual(['50', '50', '50', '50']);
		} finally {
			emu.state.paginationQuirk = null;
		}
	});

	it('reads one page of 50 by default and pairs each message with its input item', async () => {
		const quiet = emu.addChat({ name: 'Quiet' });
		const few = emu.addMessages(quiet.id, 3);

		const result = await runMessage(emu, { operation: 'getMany', chatId: rl('id', '={{ $json.chat }}') }, [
			{ chat: quiet.id },
			{ chat: busy.id },
		]);

		expect(result.items).toHaveLength(53);
		expect(result.items.slice(0, 3).map((item) => [item.json.id, item.pairedItem])).toEqual(
			few.reverse().map((m) => [m.id, { item: 0 }]),
		);
		expect(result.items.slice(3).every((item) => (item.pairedItem as { item: number }).item === 1)).toBe(true);
		expect(listRequests().map((r) => [r.query.chat_id, r.query.limit])).toEqual([
			[String(quiet.id), '50'],
			[String(busy.id), '50'],
		]);
	});

	it('refuses a chat URL that does not parse, and a Limit below 1, without a request', async () => {
		const badUrl = await runMessage(emu, { operation: 'getMany', chatId: rl('url', '={{ "https://app.pachca.com/chat/1" }}') });
		const badLimit = await runMessage(emu, { operation: 'getMany', chatId: rl('id', busy.id), limit: '={{ 0 }}' });

		expect(badUrl.error?.message).toContain('Chat: expected a Pachca chat link, got "https://app.pachca.com/chat/1" (item 0)');
		expect(badLimit.error?.message).toContain('Limit: expected a whole number of at least 1, got 0 (item 0)');
		expect(emu.requests).toEqual([]);
	});
});

describe('Chat list search', () => {
	it('returns the chats whose name contains the filter, with their links', async () => {
		emu.addChat({ name: 'Sales team' });
		const wholesale = emu.addChat({ name: 'Wholesale' });
		emu.addChat({ name: 'Hidden sales', botMember: false });

		const found = await runListSearch(
			{ type: 'pachca', parameters: { resource: 'message', operation: 'send' }, credentials: credentialsFor(emu) },
			'searchChats',
			'SALE',
		);

		expect(found.results.map((r) => r.name).sort()).toEqual(['Sales team', 'Wholesale']);
		expect(found.results.find((r) => r.name === 'Wholesale')?.value).toBe(String(wholesale.id));
		expect(requestsTo(emu, 'GET', '/chats')).toHaveLength(1);
	});
});
