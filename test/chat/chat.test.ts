import type { Chat, PachcaEmulator } from '../emulator';
import { asJson, emulatorPerFile, requestsTo, rl, runChat } from '../harness/fixtures/chat';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

/** A chat the bot created (so it is the chat's creator and may change it). */
const botsChat = (name: string, fields: Partial<Chat> = {}): Chat =>
	Object.assign(emu.state.addChat({ name, ownerId: emu.botId, memberIds: [13] }), fields);

describe('Get', () => {
	it('gets a chat picked by ID, from the list or by link, as Pachca returns it', async () => {
		const chat = emu.addChat({ name: 'Support' });
		for (const chatId of [rl('id', chat.id), rl('list', chat.id), rl('url', `https://app.pachca.com/chats/${chat.id}`)]) {
			const result = await runChat(emu, { operation: 'get', chatId });
			expect(result.error).toBeUndefined();
			expect(result.items).toEqual([{ json: asJson(chat), pairedItem: { item: 0 } }]);
		}
		expect(requestsTo(emu, 'GET', `/chats/${chat.id}`)).toHaveLength(3);
	});

	it("a closed chat the bot is not in is Pachca's 404, with a hint", async () => {
		const hidden = emu.addChat({ name: 'Closed', botMember: false });
		const result = await runChat(emu, { operation: 'get', chatId: rl('id', hidden.id) });
		expect(result.error?.message).toContain('404');
		expect(result.error?.description).toContain('member of the chat');
	});
});

describe('Get Many', () => {
	it('reads every page past 50 with Return All, and stops at Limit otherwise', async () => {
		for (let i = 0; i < 55; i++) emu.addChat({ name: `Paged ${i}` });
		const mine = [...emu.state.chats.values()].filter((c) => c.member_ids.includes(emu.botId) && !c.archived).length;

		const all = await runChat(emu, { operation: 'getMany', returnAll: true });
		expect(all.items).toHaveLength(mine);
		expect(requestsTo(emu, 'GET', '/chats').map((r) => r.query.limit)).toEqual(['50', '50']);

		emu.clearRequests();
		const some = await runChat(emu, { operation: 'getMany', returnAll: false, limit: 52 });
		expect(some.items.map((item) => item.json.id)).toEqual(all.items.slice(0, 52).map((item) => item.json.id));
		expect(requestsTo(emu, 'GET', '/chats').map((r) => r.query.limit)).toEqual(['50', '2']);
	});

	it('sends every filter and sort the user set, and only those', async () => {
		await runChat(emu, {
			operation: 'getMany',
			returnAll: true,
			filters: {
				availability: 'public',
				archived: true,
				kind: 'group',
				lastMessageAfter: '2025-01-01T00:00:00.000Z',
				lastMessageBefore: '2025-02-01T12:30:00+03:00',
			},
			options: { sort: 'last_message_at', order: 'asc' },
		});
		await runChat(emu, { operation: 'getMany', returnAll: false, limit: 5 });
		expect(requestsTo(emu, 'GET', '/chats').map((r) => r.query)).toEqual([
			{
				availability: 'public',
				archived: 'true',
				personal: 'false',
				last_message_at_after: '2025-01-01T00:00:00.000Z',
				last_message_at_before: '2025-02-01T09:30:00.000Z',
				sort: 'last_message_at',
				order: 'asc',
				limit: '50',
			},
			{ limit: '5' },
		]);
	});

	it('the filters select what Pachca selects: open chats, archived ones, direct chats', async () => {
		const open = emu.addChat({ name: 'Open elsewhere', public: true, botMember: false });
		const archived = botsChat('Archived one', { archived: true });
		const direct = emu.state.addChat({ name: 'Direct', ownerId: emu.botId, memberIds: [14], personal: true });
		const ids = async (filters: Record<string, string | boolean>) =>
			(await runChat(emu, { operation: 'getMany', returnAll: true, filters })).items.map((item) => item.json.id);

		expect(await ids({ availability: 'public' })).toContain(open.id);
		expect(await ids({})).not.toContain(open.id);
		expect(await ids({ archived: true })).toContain(archived.id);
		expect(await ids({})).not.toContain(archived.id);
		expect(await ids({ kind: 'personal' })).toEqual([direct.id]);
	});
});

describe('Create', () => {
	it('creates a channel with members, group tags and open access; the bot owns it', async () => {
		const tag = emu.state.addGroupTag('Design', [14]);
		const result = await runChat(emu, {
			operation: 'create',
			name: 'Releases',
			chatType: 'channel',
			additionalFields: { memberIds: '13, 12', groupTagIds: String(tag.id), public: true },
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'POST', '/chats').map((r) => r.body)).toEqual([
			{ chat: { name: 'Releases', channel: true, member_ids: [13, 12], group_tag_ids: [tag.id], public: true } },
		]);
		const created = emu.state.chats.get(result.items[0].json.id as number)!;
		expect(result.items[0].json).toEqual(asJson(created));
		expect(created).toMatchObject({ owner_id: emu.botId, channel: true, public: true, group_tag_ids: [tag.id] });
		expect(created.member_ids.sort()).toEqual([12, 13, 14, emu.botId].sort());
	});

	it('a plain group chat sends only the name and channel: false', async () => {
		await runChat(emu, { operation: 'create', name: 'Just a chat' });
		expect(requestsTo(emu, 'POST', '/chats')[0].body).toEqual({ chat: { name: 'Just a chat', channel: false } });
	});
});

describe('Update, Archive, Unarchive, Leave', () => {
	it('Update sends only the fields set and returns the changed chat', async () => {
		const chat = botsChat('Old name');
		const result = await runChat(emu, { operation: 'update', chatId: rl('id', chat.id), updateFields: { name: 'New name' } });
		expect(requestsTo(emu, 'PUT', `/chats/${chat.id}`)[0].body).toEqual({ chat: { name: 'New name' } });
		expect(result.items[0].json).toMatchObject({ id: chat.id, name: 'New name', public: false });

		await runChat(emu, { operation: 'update', chatId: rl('id', chat.id), updateFields: { public: true } });
		expect(requestsTo(emu, 'PUT', `/chats/${chat.id}`)[1].body).toEqual({ chat: { public: true } });
		expect(emu.state.chats.get(chat.id)).toMatchObject({ name: 'New name', public: true });
	});

	it('Archive and Unarchive move the chat, and output success with its ID', async () => {
		const chat = botsChat('To archive');
		const archived = await runChat(emu, { operation: 'archive', chatId: rl('id', chat.id) });
		expect(archived.items).toEqual([{ json: { success: true, id: chat.id }, pairedItem: { item: 0 } }]);
		expect(emu.state.chats.get(chat.id)?.archived).toBe(true);

		await runChat(emu, { operation: 'unarchive', chatId: rl('id', chat.id) });
		expect(emu.state.chats.get(chat.id)?.archived).toBe(false);
		expect(emu.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`PUT /chats/${chat.id}/archive`,
			`PUT /chats/${chat.id}/unarchive`,
		]);
	});

	it("archiving a chat the bot does not administer is Pachca's 403, reported", async () => {
		const chat = emu.addChat({ name: 'Admin-owned' });
		const result = await runChat(emu, { operation: 'archive', chatId: rl('id', chat.id) });
		expect(result.error?.message).toContain('403');
		expect(emu.state.chats.get(chat.id)?.archived).toBe(false);
	});

	it('Leave takes the bot out of the chat', async () => {
		const chat = emu.addChat({ name: 'To leave' });
		const result = await runChat(emu, { operation: 'leave', chatId: rl('id', chat.id) });
		expect(result.items[0].json).toEqual({ success: true, id: chat.id });
		expect(requestsTo(emu, 'DELETE', `/chats/${chat.id}/leave`)).toHaveLength(1);
		expect(emu.state.chats.get(chat.id)?.member_ids).not.toContain(emu.botId);
	});
});
