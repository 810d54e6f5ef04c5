import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, rl, runChat } from '../harness/fixtures/chat';

let emu: PachcaEmulator;
let chatId: number;

emulatorPerFile((started) => {
	emu = started;
	chatId = emu.state.addChat({ name: 'Checked', ownerId: emu.botId, memberIds: [] }).id;
});

const long = 'я'.repeat(256);

describe('Bad input is an error naming the parameter and the item, and nothing is sent', () => {
	it.each([
		['a Chat expression that is not an ID', { operation: 'get', chatId: rl('id', '={{ "general" }}') }, 'Chat: expected a positive numeric ID, got "general" (item 0)'],
		['a Chat link of another site', { operation: 'archive', chatId: rl('url', 'https://example.com/chats/5') }, 'Chat: expected a link on a Pachca host'],
		['a Chat expression that finds nothing', { operation: 'leave', chatId: rl('id', '={{ $json.missing }}') }, 'Chat: expected a positive numeric ID, got'],
		['a Chat of 0 from an expression', { operation: 'unarchive', chatId: rl('id', '={{ 0 }}') }, 'Chat: expected a positive numeric ID, got 0 (item 0)'],
		['a Limit of 0', { operation: 'getMany', returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
		['an Availability that is not one', { operation: 'getMany', filters: { availability: 'everyone' } }, 'Availability: expected one of "is_member", "public", got "everyone" (item 0)'],
		['an Include Archived that is not a boolean', { operation: 'getMany', filters: { archived: 'yes' } }, 'Include Archived: expected true or false, got "yes" (item 0)'],
		['a Kind that is not one', { operation: 'getMany', filters: { kind: 'threads' } }, 'Kind: expected one of "personal", "group", got "threads" (item 0)'],
		['a Last Message After that is not a date', { operation: 'getMany', filters: { lastMessageAfter: 'yesterday' } }, 'Last Message After: expected a date and time, got "yesterday" (item 0)'],
		['a Last Message Before that is not a date', { operation: 'getMany', filters: { lastMessageBefore: '2025-13-40' } }, 'Last Message Before: expected a date and time'],
		[
			'a Last Message After later than Last Message Before (read in the workflow timezone)',
			{ operation: 'getMany', filters: { lastMessageAfter: '2025-02-01T10:00:00', lastMessageBefore: '2025-02-01T09:00:00' } },
			'Last Message After: 2025-02-01T07:00:00.000Z is later than Last Message Before (2025-02-01T06:00:00.000Z) (item 0)',
		],
		['a Sort By that is not one', { operation: 'getMany', options: { sort: 'name' } }, 'Sort By: expected one of "id", "last_message_at", got "name" (item 0)'],
		['an Order that is not one', { operation: 'getMany', options: { order: 'up' } }, 'Order: expected one of "desc", "asc", got "up" (item 0)'],
		['a blank Name', { operation: 'create', name: '  ' }, 'Name: is empty (item 0)'],
		['a Name over 255 characters', { operation: 'create', name: long }, 'Name: 256 characters, at most 255 are allowed (item 0)'],
		['a Type that is not one', { operation: 'create', name: 'X', chatType: 'thread' }, 'Type: expected one of "group", "channel", got "thread" (item 0)'],
		['Member IDs that are not IDs', { operation: 'create', name: 'X', additionalFields: { memberIds: '13, olga' } }, 'Member IDs: expected positive numeric IDs, got "olga" (item 0)'],
		['Group Tag IDs that are not IDs', { operation: 'create', name: 'X', additionalFields: { groupTagIds: '-4' } }, 'Group Tag IDs: expected positive numeric IDs, got "-4" (item 0)'],
		['a Public that is not a boolean', { operation: 'create', name: 'X', additionalFields: { public: 'open' } }, 'Public: expected true or false, got "open" (item 0)'],
	])('%s', async (_case, parameters, message) => {
		const result = await runChat(emu, parameters, [{}], { timezone: 'Europe/Moscow' });
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});

	it.each([
		['no field at all', {}, 'Update Fields: add at least one field to change (item 0)'],
		['a blank Name', { name: '' }, 'Name: is empty (item 0)'],
		['a Name over 255 characters', { name: long }, 'Name: 256 characters, at most 255 are allowed (item 0)'],
		['a Public that is not a boolean', { public: 'maybe' }, 'Public: expected true or false, got "maybe" (item 0)'],
	])('Update with %s', async (_case, updateFields, message) => {
		const result = await runChat(emu, { operation: 'update', chatId: rl('id', chatId), updateFields });
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('A token without the scope', () => {
	it.each([
		['get', 'chats:read', {}],
		['getMany', 'chats:read', {}],
		['create', 'chats:create', { name: 'X' }],
		['update', 'chats:update', { updateFields: { name: 'X' } }],
		['archive', 'chats:archive', {}],
		['unarchive', 'chats:archive', {}],
		['leave', 'chats:leave', {}],
	])('%s: the error names %s, which bot and user tokens may hold', async (operation, scope, parameters) => {
		const token = emu.createToken({ bot: true, scopes: ['messages:read'] });
		const result = await runChat(emu, { operation, chatId: rl('id', chatId), ...parameters }, [{}], { token });
		expect(result.error?.message).toContain('403');
		expect(result.error?.description).toContain(`lacks the scope "${scope}"`);
		expect(result.error?.description).toContain("bot's or token's API settings");
	});
});
