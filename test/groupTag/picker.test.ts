import type { PachcaEmulator } from '../emulator';
import { searchPicker } from '../harness/resource';
import { emulatorPerFile, requestsTo } from '../harness/fixtures/groupTag';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const search = (filter?: string, paginationToken?: string) =>
	searchPicker(emu, { resource: 'groupTag', operation: 'get', method: 'searchGroupTags', token: emu.botToken }, filter, paginationToken);

describe('Group tag picker', () => {
	it('lists the tags whose name contains the search text, with their head count', async () => {
		const design = emu.state.addGroupTag('Design', [emu.userId, 13]);
		emu.state.addGroupTag('Backend', []);

		const found = await search('desi');

		expect(found.results).toEqual([{ name: 'Design (2)', value: String(design.id) }]);
		expect(requestsTo(emu, 'GET', '/group_tags').map((r) => r.query)).toEqual([{ limit: '50' }]);
	});

	it('hands n8n the cursor of the next page, and reads it when asked', async () => {
		for (let i = 0; i < 60; i++) emu.state.addGroupTag(`Paged ${i}`, []);

		const first = await search();
		const second = await search(undefined, first.paginationToken);

		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toEqual(expect.any(String));
		expect(second.results.map((tag) => tag.name)).toContain('Paged 59 (0)');
		expect(second.paginationToken).toBeUndefined();
	});
});
