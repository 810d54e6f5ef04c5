// The emulator's /group_tags answer as the spec defines them (GroupTagRequest, GroupTag, ApiError).
import type { PachcaEmulator } from '../emulator';
import { api } from '../emulator/helpers';
import { emulatorPerFile } from '../harness/fixtures/groupTag';

let emu: PachcaEmulator;
emulatorPerFile((started) => (emu = started));

describe('POST and PUT /group_tags', () => {
	it.each([
		['no group_tag object', {}, 400, 'group_tag'],
		['no name', { group_tag: {} }, 400, 'name'],
		['a blank name', { group_tag: { name: ' ' } }, 422, 'name'],
		['a name over 255', { group_tag: { name: 'n'.repeat(256) } }, 422, 'name'],
		['a name that is a number', { group_tag: { name: 7 } }, 400, 'name'],
	])('%s: ApiError %s on %s, and nothing changes', async (_case, body, status, key) => {
		const res = await api(emu, 'POST', '/group_tags', { body });
		expect(res.status).toBe(status);
		expect(res.json.errors[0]).toMatchObject({ key, message: expect.any(String), code: expect.any(String) });
		expect(emu.state.groupTags.size).toBe(0);
	});

	it('a rename to a name another tag has is 422; to its own name is fine', async () => {
		const one = emu.state.addGroupTag('One', []);
		emu.state.addGroupTag('Two', []);
		expect((await api(emu, 'PUT', `/group_tags/${one.id}`, { body: { group_tag: { name: 'Two' } } })).status).toBe(422);
		expect((await api(emu, 'PUT', `/group_tags/${one.id}`, { body: { group_tag: { name: 'One' } } })).status).toBe(200);
	});

	it('a bot token cannot write tags (its scopes never include group_tags:write)', async () => {
		const res = await api(emu, 'POST', '/group_tags', { token: emu.botToken, body: { group_tag: { name: 'Bot tag' } } });
		expect(res.status).toBe(403);
		expect(res.json).toMatchObject({ error: 'insufficient_scope' });
	});

	it('an unknown tag is 404 on every method', async () => {
		for (const [method, path] of [['GET', '/group_tags/1'], ['PUT', '/group_tags/1'], ['DELETE', '/group_tags/1'], ['GET', '/group_tags/1/users']]) {
			const res = await api(emu, method, path, { body: method === 'PUT' ? { group_tag: { name: 'X' } } : undefined });
			expect([path, res.status]).toEqual([path, 404]);
		}
	});
});
