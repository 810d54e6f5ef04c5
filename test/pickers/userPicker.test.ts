// Chat Member Remove / Update Role and Message Send to a user: node version 2 shows the user picker
// (From List / By ID, searched as the User resource's), version 1 keeps its plain User ID field. Both
// are one parameter, `userId`, run through real n8n-core against the emulator.
import type { INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, requestsTo, rl, runChatMember } from '../harness/fixtures/chat';
import { runMessage } from '../harness/fixtures/message';
import { searchPicker } from '../harness/resource';
import { nodeTypes } from '../harness/workflow';

let emu: PachcaEmulator;
let chatId: number;

emulatorPerFile((started) => {
	emu = started;
});

beforeEach(() => {
	chatId = emu.state.addChat({ name: 'Team', ownerId: emu.botId, memberIds: [13, 14] }).id;
});

/** Where a plain user ID was asked for: the operation's parameters, `userId` aside. */
const places: Array<[string, INodeParameters]> = [
	['Chat Member → Remove', { resource: 'chatMember', operation: 'remove' }],
	['Chat Member → Update Role', { resource: 'chatMember', operation: 'updateRole' }],
	['Message → Send to a user', { resource: 'message', operation: 'send', sendTo: 'user' }],
	['Message → Send and Wait to a user', { resource: 'message', operation: 'sendAndWait', sendTo: 'user' }],
];

/** The `userId` properties the editor shows for these values at this node version. */
function shownUserIds(values: INodeParameters, typeVersion: number, type = 'pachca') {
	const description = nodeTypes.getByNameAndVersion(`n8n-nodes-pachca-bots.${type}`, typeVersion).description;
	return description.properties.filter(
		(p) => p.name === 'userId' && NodeHelpers.displayParameter(values, p, { typeVersion }, description),
	);
}

describe('which User field the editor shows', () => {
	it.each(places)('%s: version 2 shows the user picker, From List (searchUsers) and By ID', (_place, values) => {
		const shown = shownUserIds(values, 2);

		expect(shown).toHaveLength(1);
		expect(shown[0]).toMatchObject({ displayName: 'User', type: 'resourceLocator', default: { mode: 'list', value: '' } });
		expect(shown[0].modes?.map((mode) => [mode.name, mode.typeOptions?.searchListMethod])).toEqual([
			['list', 'searchUsers'],
			['id', undefined],
		]);
	});

	it.each(places)('%s: version 1 keeps the plain User ID field', (_place, values) => {
		const shown = shownUserIds(values, 1);

		expect(shown).toHaveLength(1);
		expect(shown[0]).toMatchObject({ displayName: 'User ID', type: 'string', default: '', placeholder: 'e.g. 186' });
	});

	it("n8n's Human review tool, made from version 2, has the picker too", () => {
		const shown = shownUserIds({ resource: 'message', operation: 'sendAndWait', sendTo: 'user' }, 2, 'pachcaHitlTool');

		expect(shown.map((p) => p.type)).toEqual(['resourceLocator']);
	});

	it('a saved version 1 node keeps its plain ID; a new version 2 node starts with an empty pick', () => {
		const values = { resource: 'chatMember', operation: 'remove', userId: '14' };
		const v1 = nodeTypes.getByNameAndVersion('n8n-nodes-pachca-bots.pachca', 1).description;
		const v2 = nodeTypes.getByNameAndVersion('n8n-nodes-pachca-bots.pachca', 2).description;
		const saved = NodeHelpers.getNodeParameters(v1.properties, values, true, false, { typeVersion: 1 }, v1);
		const fresh = NodeHelpers.getNodeParameters(v2.properties, { resource: 'chatMember', operation: 'remove' }, true, false, { typeVersion: 2 }, v2);

		expect(saved?.userId).toBe('14');
		expect(fresh?.userId).toEqual({ __rl: true, mode: 'list', value: '' });
	});
});

describe('node version 2: the picker', () => {
	const v2 = { typeVersion: 2 };

	it('Remove takes out the member picked from the list (searched by name, as on the User resource)', async () => {
		const found = await searchPicker(
			emu,
			{ resource: 'chatMember', operation: 'remove', method: 'searchUsers', token: emu.botToken, typeVersion: 2 },
			'pavel',
		);
		expect(found.results).toEqual([{ name: 'Pavel Sidorov (@pavel)', value: '14' }]);

		const result = await runChatMember(emu, { operation: 'remove', chatId: rl('id', chatId), userId: rl('list', found.results[0].value) }, [{}], v2);

		expect(result.items[0].json).toEqual({ success: true, chatId, userId: 14 });
		expect(requestsTo(emu, 'DELETE', `/chats/${chatId}/members/14`)).toHaveLength(1);
	});

	it('Update Role takes a member by ID, typed or from an expression', async () => {
		emu.state.chats.get(chatId)!.channel = true;
		await runChatMember(emu, { operation: 'updateRole', chatId: rl('id', chatId), userId: rl('id', '13'), role: 'editor' }, [{}], v2);
		await runChatMember(emu, { operation: 'updateRole', chatId: rl('id', chatId), userId: rl('id', '={{ $json.who }}'), role: 'admin' }, [{ who: 14 }], v2);

		expect(requestsTo(emu, 'PUT', /^\/chats\/\d+\/members\/\d+$/).map((r) => [r.path, r.body])).toEqual([
			[`/chats/${chatId}/members/13`, { role: 'editor' }],
			[`/chats/${chatId}/members/14`, { role: 'admin' }],
		]);
	});

	it('Send writes a direct message to the user picked from the list or given by ID', async () => {
		await runMessage(emu, { operation: 'send', sendTo: 'user', userId: rl('list', '13'), content: 'Hi Olga' }, [{}], v2);
		await runMessage(emu, { operation: 'send', sendTo: 'user', userId: rl('id', '14'), content: 'Hi Pavel' }, [{}], v2);

		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([
			{ message: { entity_type: 'user', entity_id: 13, content: 'Hi Olga' } },
			{ message: { entity_type: 'user', entity_id: 14, content: 'Hi Pavel' } },
		]);
	});

	it.each([
		['Remove, a pick from an expression that gives nothing', { operation: 'remove', userId: rl('list', '={{ "" }}') }, 'User: expected a positive numeric ID, got "" (item 0)'],
		['Update Role, an expression that is not an ID', { operation: 'updateRole', userId: rl('id', '={{ "olga" }}'), role: 'admin' }, 'User: expected a positive numeric ID, got "olga" (item 0)'],
		['Update Role, an ID of 0', { operation: 'updateRole', userId: rl('id', '={{ 0 }}'), role: 'admin' }, 'User: expected a positive numeric ID, got 0 (item 0)'],
		['Remove, a plain value from an expression that gives nothing', { operation: 'remove', userId: '={{ $json.missing }}' }, 'User: expected a positive numeric ID, got'],
	])('Chat Member: %s is refused naming the User, and nothing is sent', async (_case, parameters, message) => {
		const result = await runChatMember(emu, { chatId: rl('id', chatId), ...parameters }, [{}], v2);

		expect(result.error?.message).toContain(message);
		expect(emu.requests).toEqual([]);
	});

	it.each([
		['an expression that gives a negative ID', rl('id', '={{ -13 }}'), 'User: expected a positive numeric ID, got -13 (item 0)'],
		['an expression that gives a fraction', rl('id', '={{ 13.5 }}'), 'User: expected a positive numeric ID, got 13.5 (item 0)'],
	])('Send: %s is refused naming the User, and nothing is sent', async (_case, userId, message) => {
		const result = await runMessage(emu, { operation: 'send', sendTo: 'user', userId, content: 'Hi' }, [{}], v2);

		expect(result.error?.message).toContain(message);
		expect(emu.requests).toEqual([]);
	});

	it.each([
		['nothing picked', rl('list', ''), 'Parameter "User" is required.'],
		["a typed ID that fails the picker's own check", rl('id', 'olga'), 'User: not a valid user ID'],
	])('%s stops the workflow before the node runs (n8n checks it)', async (_case, userId, message) => {
		await expect(runChatMember(emu, { operation: 'remove', chatId: rl('id', chatId), userId }, [{}], v2)).rejects.toThrow(message);
		expect(emu.requests).toEqual([]);
	});
});

describe('node version 1: the plain User ID, as before', () => {
	const v1 = { typeVersion: 1 };

	it('Remove and Send take a typed ID or one from an expression', async () => {
		const removed = await runChatMember(emu, { operation: 'remove', chatId: rl('id', chatId), userId: '14' }, [{}], v1);
		await runMessage(emu, { operation: 'send', sendTo: 'user', userId: '={{ $json.user_id }}', content: 'Hi' }, [{ user_id: 13 }], v1);

		expect(removed.items[0].json).toEqual({ success: true, chatId, userId: 14 });
		expect(requestsTo(emu, 'DELETE', `/chats/${chatId}/members/14`)).toHaveLength(1);
		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([{ message: { entity_type: 'user', entity_id: 13, content: 'Hi' } }]);
	});

	it.each([
		['Remove, a User ID expression that gives nothing', () => runChatMember(emu, { operation: 'remove', chatId: rl('id', chatId), userId: '={{ "" }}' }, [{}], v1), 'User ID: expected a positive numeric ID, got "" (item 0)'],
		['Update Role, a User ID that is not an ID', () => runChatMember(emu, { operation: 'updateRole', chatId: rl('id', chatId), userId: 'olga', role: 'admin' }, [{}], v1), 'User ID: expected a positive numeric ID, got "olga" (item 0)'],
		['Send, a negative User ID', () => runMessage(emu, { operation: 'send', sendTo: 'user', userId: '-13', content: 'Hi' }, [{}], v1), 'User ID: expected a positive numeric ID, got "-13" (item 0)'],
	])('%s is refused naming the User ID, and nothing is sent', async (_case, run, message) => {
		const result = await run();

		expect(result.error?.message).toContain(message);
		expect(emu.requests).toEqual([]);
	});

	it('an empty User ID stops the workflow before the node runs (n8n checks it)', async () => {
		await expect(runChatMember(emu, { operation: 'remove', chatId: rl('id', chatId), userId: '' }, [{}], v1)).rejects.toThrow(
			'Parameter "User ID" is required.',
		);
		expect(emu.requests).toEqual([]);
	});
});
