import type { PachcaEmulator } from '../emulator';
import { asJson, emulatorPerFile, requestsTo, rl, runGroupTag } from '../harness/fixtures/groupTag';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const tagNamed = (name: string, userIds: number[] = []) => emu.state.addGroupTag(name, userIds);

describe('Create, Get, Update', () => {
	it('creates a tag from its name and outputs it as Pachca returns it', async () => {
		const result = await runGroupTag(emu, { operation: 'create', name: 'Design' });
		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'POST', '/group_tags').map((r) => r.body)).toEqual([{ group_tag: { name: 'Design' } }]);
		const created = result.items[0].json;
		expect(created).toEqual({ id: expect.any(Number), name: 'Design', users_count: 0 });
		expect(emu.state.groupTags.get(created.id as number)?.name).toBe('Design');
	});

	it('gets a tag picked from the list, with how many people have it', async () => {
		const tag = tagNamed('Backend', [emu.userId, 13]);
		const result = await runGroupTag(emu, { operation: 'get', groupTagId: rl('list', tag.id) });
		expect(result.items).toEqual([{ json: asJson({ id: tag.id, name: 'Backend', users_count: 2 }), pairedItem: { item: 0 } }]);
	});

	it('renames a tag: only the new name is sent', async () => {
		const tag = tagNamed('iOS');
		const result = await runGroupTag(emu, { operation: 'update', groupTagId: rl('id', tag.id), newName: 'Mobile' });
		expect(requestsTo(emu, 'PUT', `/group_tags/${tag.id}`).map((r) => r.body)).toEqual([{ group_tag: { name: 'Mobile' } }]);
		expect(result.items[0].json).toMatchObject({ id: tag.id, name: 'Mobile' });
	});

	it("a taken name is Pachca's 422, readable", async () => {
		tagNamed('Taken');
		const result = await runGroupTag(emu, { operation: 'create', name: 'Taken' });
		expect(result.error?.message).toBe('Pachca POST /group_tags failed with 422: name: Name has already been taken');
	});
});

describe('Delete', () => {
	it('deletes the tag: it is gone from the workspace and from the chats it was added to', async () => {
		const tag = tagNamed('Temporary', [13]);
		const chat = emu.state.addChat({ name: 'Tagged', ownerId: emu.userId, memberIds: [13] });
		chat.group_tag_ids.push(tag.id);
		const result = await runGroupTag(emu, { operation: 'delete', groupTagId: rl('id', tag.id) });
		expect(result.items).toEqual([{ json: { success: true, id: tag.id }, pairedItem: { item: 0 } }]);
		expect(emu.state.groupTags.has(tag.id)).toBe(false);
		expect(chat.group_tag_ids).toEqual([]);
		const again = await runGroupTag(emu, { operation: 'get', groupTagId: rl('id', tag.id) });
		expect(again.error?.message).toContain('failed with 404');
	});
});

describe('Get Many and Get Users read past 50', () => {
	beforeAll(() => {
		for (let i = 0; i < 60; i++) tagNamed(`Paged ${i}`);
	});

	it('Get Many: Return All reads every page; a Limit stops early', async () => {
		const all = await runGroupTag(emu, { operation: 'getMany', returnAll: true });
		expect(all.items.map((item) => item.json.id)).toEqual([...emu.state.groupTags.keys()].sort((a, b) => a - b));
		expect(all.items.length).toBeGreaterThan(50);
		expect(requestsTo(emu, 'GET', '/group_tags').map((r) => r.query.limit)).toEqual(['50', '50']);

		emu.clearRequests();
		const some = await runGroupTag(emu, { operation: 'getMany', returnAll: false, limit: 55 });
		expect(some.items.map((item) => item.json.id)).toEqual(all.items.slice(0, 55).map((item) => item.json.id));
		expect(requestsTo(emu, 'GET', '/group_tags').map((r) => r.query.limit)).toEqual(['50', '5']);
	});

	it('Get Users: every person of the tag, across pages, as User objects', async () => {
		const people = Array.from({ length: 53 }, (_, i) => emu.state.addUser({ nickname: `tagged${i}` }).id);
		const tag = tagNamed('Crowd', people);
		const all = await runGroupTag(emu, { operation: 'getUsers', groupTagId: rl('id', tag.id), returnAll: true });
		expect(all.items.map((item) => item.json.id)).toEqual(people);
		expect(all.items[0].json).toMatchObject({ nickname: 'tagged0', list_tags: expect.any(Array) });
		expect(requestsTo(emu, 'GET', `/group_tags/${tag.id}/users`)).toHaveLength(2);

		const few = await runGroupTag(emu, { operation: 'getUsers', groupTagId: rl('id', tag.id), returnAll: false, limit: 2 });
		expect(few.items.map((item) => item.json.id)).toEqual(people.slice(0, 2));
	});
});
