import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, rl, runChatMember } from '../harness/fixtures/chat';

let emu: PachcaEmulator;
let chatId: number;

emulatorPerFile((started) => {
	emu = started;
	chatId = emu.state.addChat({ name: 'Checked', ownerId: emu.botId, memberIds: [13] }).id;
});

describe('Bad input is an error naming the parameter and the item, and nothing is sent', () => {
	it.each([
		['a Chat expression that is not an ID', { operation: 'getMany', chatId: rl('id', '={{ "team" }}') }, 'Chat: expected a positive numeric ID, got "team" (item 0)'],
		['a Limit of 0', { operation: 'getMany', returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
		['a Role filter that is not one', { operation: 'getMany', role: 'guest' }, 'Role: expected one of "admin", "all", "owner", "editor", "member", got "guest" (item 0)'],
		['no User IDs', { operation: 'add', userIds: ' ' }, 'User IDs: is empty (item 0)'],
		['User IDs that are not IDs', { operation: 'add', userIds: '13, @olga' }, 'User IDs: expected positive numeric IDs, got "@olga" (item 0)'],
		['a Silent that is not a boolean', { operation: 'add', userIds: '13', silent: 'quietly' }, 'Silent: expected true or false, got "quietly" (item 0)'],
		['a User ID that is not an ID', { operation: 'remove', userId: 'olga' }, 'User ID: expected a positive numeric ID, got "olga" (item 0)'],
		['a User ID expression that gives nothing', { operation: 'updateRole', userId: '={{ $json.missing }}', role: 'admin' }, 'User ID: expected a positive numeric ID, got'],
		['a Role that is not one', { operation: 'updateRole', userId: '13', role: 'owner' }, 'Role: expected one of "admin", "editor", "member", got "owner" (item 0)'],
		['Group Tag IDs from an expression that gives none', { operation: 'addGroupTags', groupTagIds: '={{ "" }}' }, 'Group Tag IDs: is empty (item 0)'],
		['Group Tag IDs that are not IDs', { operation: 'addGroupTags', groupTagIds: '1.5' }, 'Group Tag IDs: expected positive numeric IDs, got "1.5" (item 0)'],
		['a Group Tag ID that is not an ID', { operation: 'removeGroupTag', groupTagId: 'design' }, 'Group Tag ID: expected a positive numeric ID, got "design" (item 0)'],
	])('%s', async (_case, parameters, message) => {
		const result = await runChatMember(emu, { chatId: rl('id', chatId), ...parameters });
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('A token without the scope', () => {
	it.each([
		['getMany', 'chat_members:read', {}],
		['add', 'chat_members:write', { userIds: '12' }],
		['remove', 'chat_members:write', { userId: '13' }],
		['updateRole', 'chat_members:write', { userId: '13', role: 'admin' }],
		['addGroupTags', 'chat_members:write', { groupTagIds: '1' }],
		['removeGroupTag', 'chat_members:write', { groupTagId: '1' }],
	])('%s: the error names %s, which bot and user tokens may hold', async (operation, scope, parameters) => {
		const token = emu.createToken({ bot: true, scopes: ['chats:read'] });
		const result = await runChatMember(emu, { operation, chatId: rl('id', chatId), ...parameters }, [{}], { token });
		expect(result.error?.message).toContain('403');
		expect(result.error?.description).toContain(`lacks the scope "${scope}"`);
		expect(result.error?.description).toContain("bot's or token's API settings");
	});
});
