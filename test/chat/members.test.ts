import type { Chat, PachcaEmulator } from '../emulator';
import { asJson, emulatorPerFile, requestsTo, rl, runChatMember } from '../harness/fixtures/chat';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

/** A chat the bot created, with the two seeded employees in it. */
const botsChat = (fields: { channel?: boolean } = {}): Chat =>
	emu.state.addChat({ name: 'Team', ownerId: emu.botId, memberIds: [13, 14], channel: fields.channel });

describe('Get Many', () => {
	it('reads every member past 50 with Return All, and stops at Limit otherwise', async () => {
		const chat = botsChat();
		for (let i = 0; i < 55; i++) chat.member_ids.push(emu.state.addUser({ nickname: `member${i}` }).id);

		const all = await runChatMember(emu, { operation: 'getMany', chatId: rl('id', chat.id), returnAll: true });
		expect(all.items.map((item) => item.json.id)).toEqual([...chat.member_ids].sort((a, b) => a - b));
		expect(all.items[0].json).toEqual(asJson(emu.state.users.get(13)));
		expect(requestsTo(emu, 'GET', `/chats/${chat.id}/members`).map((r) => r.query.limit)).toEqual(['50', '50']);

		emu.clearRequests();
		const some = await runChatMember(emu, { operation: 'getMany', chatId: rl('id', chat.id), returnAll: false, limit: 51 });
		expect(some.items.map((item) => item.json.id)).toEqual(all.items.slice(0, 51).map((item) => item.json.id));
		expect(requestsTo(emu, 'GET', `/chats/${chat.id}/members`).map((r) => r.query.limit)).toEqual(['50', '1']);
	});

	it('filters by the role in the chat, sent only when not Any Role', async () => {
		const chat = botsChat();
		const owners = await runChatMember(emu, { operation: 'getMany', chatId: rl('id', chat.id), returnAll: true, role: 'owner' });
		const admins = await runChatMember(emu, { operation: 'getMany', chatId: rl('id', chat.id), returnAll: true, role: 'admin' });
		await runChatMember(emu, { operation: 'getMany', chatId: rl('id', chat.id), returnAll: true });
		expect(owners.items.map((item) => item.json.id)).toEqual([emu.botId]);
		expect(admins.items).toEqual([]);
		expect(requestsTo(emu, 'GET', `/chats/${chat.id}/members`).map((r) => r.query.role)).toEqual(['owner', 'admin', undefined]);
	});
});

describe('Add, Remove, Update Role', () => {
	it('Add sends the user IDs (and Silent when on) and outputs what it did', async () => {
		const chat = botsChat();
		const result = await runChatMember(emu, { operation: 'add', chatId: rl('id', chat.id), userIds: '12, 13', silent: true });
		await runChatMember(emu, { operation: 'add', chatId: rl('id', chat.id), userIds: '12' });
		expect(requestsTo(emu, 'POST', `/chats/${chat.id}/members`).map((r) => r.body)).toEqual([
			{ member_ids: [12, 13], silent: true },
			{ member_ids: [12] },
		]);
		expect(result.items).toEqual([{ json: { success: true, chatId: chat.id, userIds: [12, 13] }, pairedItem: { item: 0 } }]);
		expect(emu.state.chats.get(chat.id)?.member_ids).toContain(12);
	});

	it('Remove takes the member out', async () => {
		const chat = botsChat();
		const result = await runChatMember(emu, { operation: 'remove', chatId: rl('id', chat.id), userId: '14' });
		expect(result.items[0].json).toEqual({ success: true, chatId: chat.id, userId: 14 });
		expect(requestsTo(emu, 'DELETE', `/chats/${chat.id}/members/14`)).toHaveLength(1);
		expect(emu.state.chats.get(chat.id)?.member_ids).not.toContain(14);
	});

	it('Update Role sends the role, and the role filter then finds the member', async () => {
		const chat = botsChat({ channel: true });
		const result = await runChatMember(emu, { operation: 'updateRole', chatId: rl('id', chat.id), userId: '13', role: 'editor' });
		expect(requestsTo(emu, 'PUT', `/chats/${chat.id}/members/13`).map((r) => r.body)).toEqual([{ role: 'editor' }]);
		expect(result.items[0].json).toEqual({ success: true, chatId: chat.id, userId: 13, role: 'editor' });
		const editors = await runChatMember(emu, { operation: 'getMany', chatId: rl('id', chat.id), returnAll: true, role: 'editor' });
		expect(editors.items.map((item) => item.json.id)).toEqual([13]);
	});

	it("Pachca's refusal (editor in a group chat) is the item's error", async () => {
		const chat = botsChat();
		const result = await runChatMember(emu, { operation: 'updateRole', chatId: rl('id', chat.id), userId: '13', role: 'editor' });
		expect(result.error?.message).toContain('422');
		expect(result.error?.message).toContain('role');
	});
});

describe('Group tags', () => {
	it('Add Group Tags brings the tags in with their members; Remove Group Tag takes them out', async () => {
		const chat = botsChat();
		const tag = emu.state.addGroupTag('Support', [12]);
		const added = await runChatMember(emu, { operation: 'addGroupTags', chatId: rl('id', chat.id), groupTagIds: String(tag.id) });
		expect(requestsTo(emu, 'POST', `/chats/${chat.id}/group_tags`).map((r) => r.body)).toEqual([{ group_tag_ids: [tag.id] }]);
		expect(added.items[0].json).toEqual({ success: true, chatId: chat.id, groupTagIds: [tag.id] });
		expect(emu.state.chats.get(chat.id)).toMatchObject({ group_tag_ids: [tag.id], member_ids: expect.arrayContaining([12]) });

		const removed = await runChatMember(emu, { operation: 'removeGroupTag', chatId: rl('id', chat.id), groupTagId: String(tag.id) });
		expect(removed.items[0].json).toEqual({ success: true, chatId: chat.id, groupTagId: tag.id });
		expect(requestsTo(emu, 'DELETE', `/chats/${chat.id}/group_tags/${tag.id}`)).toHaveLength(1);
		expect(emu.state.chats.get(chat.id)).toMatchObject({ group_tag_ids: [] });
		expect(emu.state.chats.get(chat.id)?.member_ids).not.toContain(12);
	});
});
