import type { Chat, Message, PachcaEmulator } from '../emulator';
import { readersOf } from '../emulator/routes/readers';
import { asJson, emulatorPerFile, requestsTo, rl, runMessage } from '../harness/fixtures/message';

let emu: PachcaEmulator;
let chat: Chat;
let alert: Message;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Incidents', memberIds: [13, 14] });
});
beforeEach(() => {
	[alert] = emu.addMessages(chat.id, 1, { content: 'Payments are down' });
});

const readers = (parameters: Record<string, unknown>, token?: string) =>
	runMessage(emu, { operation: 'getReaders', messageId: rl('id', alert.id), returnAll: true, ...parameters }, [{}], { token });
const readerRequests = () => requestsTo(emu, 'GET', `/messages/${alert.id}/read_member_ids`);

describe('Get Readers', () => {
	it('outputs one item per reader with the message and user IDs', async () => {
		for (const id of [14, 13, emu.userId]) readersOf(emu.state, alert.id).add(id);

		const result = await readers({});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([emu.userId, 13, 14].map((userId) => ({ json: { message_id: alert.id, user_id: userId }, pairedItem: { item: 0 } })));
		expect(readerRequests().map((r) => r.query.limit)).toEqual(['300']);
	});

	it('reads pages of 300 past the first with Return All, and stops at Limit otherwise', async () => {
		const ids = Array.from({ length: 320 }, (_, i) => emu.state.addUser({ nickname: `reader${alert.id}_${i}` }).id);
		ids.forEach((id) => readersOf(emu.state, alert.id).add(id));

		const all = await readers({});
		expect(all.items.map((item) => item.json.user_id)).toEqual(ids);
		expect(readerRequests().map((r) => r.query.limit)).toEqual(['300', '300']);

		emu.clearRequests();
		const some = await readers({ returnAll: false, limit: 60 });
		expect(some.items.map((item) => item.json.user_id)).toEqual(ids.slice(0, 60));
		expect(readerRequests().map((r) => r.query.limit)).toEqual(['60']);
	});

	it('with Resolve Users, outputs each reader as the user Pachca returns', async () => {
		for (const id of [13, 14]) readersOf(emu.state, alert.id).add(id);

		const result = await readers({ messageId: rl('url', `https://app.pachca.com/chats/${chat.id}?message=${alert.id}`), resolveUsers: true });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual(
			[13, 14].map((id) => ({ message_id: alert.id, user_id: id, ...asJson(emu.state.users.get(id)) })),
		);
		expect(emu.requests.map((r) => r.path)).toEqual([`/messages/${alert.id}/read_member_ids`, '/users/13', '/users/14']);
	});

	it('a message nobody read gives no items', async () => {
		const result = await readers({ resolveUsers: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([]);
		expect(emu.requests).toHaveLength(1);
	});
});

describe('Get Readers: bad input and scopes', () => {
	// Typed values are checked by the editor's regexes (n8n refuses to run): these come from expressions.
	it.each([
		['a Message that is not an ID', { messageId: rl('id', '={{ "alert" }}') }, 'Message: expected a positive numeric ID, got "alert" (item 0)'],
		['a Limit of 0', { returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
		['a Resolve Users that is not a boolean', { resolveUsers: '={{ "sometimes" }}' }, 'Resolve Users: expected true or false, got "sometimes" (item 0)'],
	])('%s is an error naming the parameter, and nothing is sent', async (_case, parameters, message) => {
		const result = await readers(parameters);
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});

	it('a token without messages:read: the error names it', async () => {
		const token = emu.createToken({ bot: true, scopes: ['users:read'] });
		const result = await readers({}, token);
		expect(result.error?.description).toContain('lacks the scope "messages:read"');
	});

	it('Resolve Users with a token without users:read: the error names it', async () => {
		readersOf(emu.state, alert.id).add(13);
		const token = emu.createToken({ bot: true, scopes: ['messages:read'] });
		const result = await readers({ resolveUsers: true }, token);
		expect(result.error?.description).toContain('lacks the scope "users:read"');
	});
});
