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

type UserValue = INodeParameters[string];

/** The three operations under test, at a node version, with this User value. */
const remove = (userId: UserValue, typeVersion: number) =>
	runChatMember(emu, { operation: 'remove', chatId: rl('id', chatId), userId }, [{}], { typeVersion });
const updateRole = (userId: UserValue, typeVersion: number, role = 'admin', input = [{}]) =>
	runChatMember(emu, { operation: 'updateRole', chatId: rl('id', chatId), userId, role }, input, { typeVersion });
const send = (userId: UserValue, typeVersion: number, content = 'Hi', input = [{}]) =>
	runMessage(emu, { operation: 'send', sendTo: 'user', userId, content }, input, { typeVersion });

describe('node version 2: the picker', () => {
	it('Remove takes out the member picked from the list (searched by name, as on the User resource)', async () => {
		const found = await searchPicker(
			emu,
			{ resource: 'chatMember', operation: 'remove', method: 'searchUsers', token: emu.botToken, typeVersion: 2 },
			'pavel',
		);
		expect(found.results).toEqual([{ name: 'Pavel Sidorov (@pavel)', value: '14' }]);

		const result = await remove(rl('list', String(found.results[0].value)), 2);

		expect(result.items[0].json).toEqual({ success: true, chatId, userId: 14 });
		expect(requestsTo(emu, 'DELETE', `/chats/${chatId}/members/14`)).toHaveLength(1);
	});

	it('Update Role takes a member by ID, typed or from an expression', async () => {
		emu.state.chats.get(chatId)!.channel = true;
		await updateRole(rl('id', '13'), 2, 'editor');
		await updateRole(rl('id', '={{ $json.who }}'), 2, 'admin', [{ who: 14 }]);

		expect(requestsTo(emu, 'PUT', /^\/chats\/\d+\/members\/\d+$/).map((r) => [r.path, r.body])).toEqual([
			[`/chats/${chatId}/members/13`, { role: 'editor' }],
			[`/chats/${chatId}/members/14`, { role: 'admin' }],
		]);
	});

	it('Send writes a direct message to the user picked from the list or given by ID', async () => {
		await send(rl('list', '13'), 2, 'Hi Olga');
		await send(rl('id', '14'), 2, 'Hi Pavel');

		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([
			{ message: { entity_type: 'user', entity_id: 13, content: 'Hi Olga' } },
			{ message: { entity_type: 'user', entity_id: 14, content: 'Hi Pavel' } },
		]);
	});
});

describe('node version 1: the plain User ID, as before', () => {
	it('Remove and Send take a typed ID or one from an expression', async () => {
		const removed = await remove('14', 1);
		await send('={{ $json.user_id }}', 1, 'Hi', [{ user_id: 13 }]);

		expect(removed.items[0].json).toEqual({ success: true, chatId, userId: 14 });
		expect(requestsTo(emu, 'DELETE', `/chats/${chatId}/members/14`)).toHaveLength(1);
		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([{ message: { entity_type: 'user', entity_id: 13, content: 'Hi' } }]);
	});
});

describe('a bad User is refused naming the field the node version shows, and nothing is sent', () => {
	const notAnId = (label: string, got: string) => `${label}: expected a positive numeric ID, got ${got} (item 0)`;

	it.each([
		['v2 Remove, a pick from an expression that gives nothing', () => remove(rl('list', '={{ "" }}'), 2), notAnId('User', '""')],
		['v2 Remove, a plain expression that gives nothing', () => remove('={{ $json.missing }}', 2), notAnId('User', 'undefined')],
		['v2 Update Role, an expression that is not an ID', () => updateRole(rl('id', '={{ "olga" }}'), 2), notAnId('User', '"olga"')],
		['v2 Update Role, an ID of 0', () => updateRole(rl('id', '={{ 0 }}'), 2), notAnId('User', '0')],
		['v2 Send, a negative ID', () => send(rl('id', '={{ -13 }}'), 2), notAnId('User', '-13')],
		['v2 Send, a fraction', () => send(rl('id', '={{ 13.5 }}'), 2), notAnId('User', '13.5')],
		['v1 Remove, an expression that gives nothing', () => remove('={{ "" }}', 1), notAnId('User ID', '""')],
		['v1 Update Role, a User ID that is not an ID', () => updateRole('olga', 1), notAnId('User ID', '"olga"')],
		['v1 Send, a negative User ID', () => send('-13', 1), notAnId('User ID', '"-13"')],
	])('%s', async (_case, run, message) => {
		const result = await run();

		expect(result.error?.message).toBe(message);
		expect(emu.requests).toEqual([]);
	});

	it.each([
		['v2, nothing picked', rl('list', ''), 2, 'Parameter "User" is required.'],
		["v2, a typed ID that fails the picker's own check", rl('id', 'olga'), 2, 'User: not a valid user ID'],
		['v1, an empty User ID', '', 1, 'Parameter "User ID" is required.'],
	])('%s: n8n stops the workflow before the node runs', async (_case, userId, typeVersion, message) => {
		await expect(remove(userId, typeVersion)).rejects.toThrow(message);
		expect(emu.requests).toEqual([]);
	});
});
