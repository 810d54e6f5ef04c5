import type { PachcaEmulator } from '../emulator';
import { credentialsFor } from '../harness/credentials';
import { runListSearch } from '../harness/run';
import { addEmployees, emulatorPerFile, requestsTo } from '../harness/fixtures/user';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const search = async (method: string, filter?: string, paginationToken?: string, token = emu.userToken) =>
	await runListSearch(
		{ type: 'pachca', parameters: { resource: 'user', operation: 'get' }, credentials: credentialsFor(emu, { accessToken: token }) },
		method,
		filter,
		paginationToken,
	);

describe('User picker', () => {
	it('lists users as "First Last (@nickname)", searched by Pachca with the text typed', async () => {
		const found = await search('searchUsers', 'olga');

		expect(found.results).toEqual([{ name: 'Olga Ivanova (@olga)', value: '13' }]);
		expect(requestsTo(emu, 'GET', '/users').map((r) => r.query)).toEqual([{ query: 'olga', limit: '50' }]);
	});

	it('pages past 50, with has_next and without it', async () => {
		addEmployees(emu, 'Picker', 55);
		const read = async () => {
			const first = await search('searchUsers', 'picker');
			const second = await search('searchUsers', 'picker', first.paginationToken);
			const third = second.paginationToken ? await search('searchUsers', 'picker', second.paginationToken) : undefined;
			return [first.results.length, second.results.length, third?.results.length ?? 'end', third?.paginationToken];
		};

		const withHasNext = await read();
		emu.state.paginationQuirk = 'noHasNext';
		const withoutHasNext = await read();

		expect(withHasNext).toEqual([50, 5, 'end', undefined]);
		expect(withoutHasNext).toEqual([50, 5, 0, undefined]);
	});

	it("a bot's token reads users too (users:read is any token's)", async () => {
		const found = await search('searchUsers', 'pavel', undefined, emu.botToken);

		expect(found.results).toEqual([{ name: 'Pavel Sidorov (@pavel)', value: '14' }]);
	});
});

describe('Custom property picker', () => {
	it("lists the users' custom properties with their type, filtered by name", async () => {
		const all = await search('searchUserCustomProperties');
		const filtered = await search('searchUserCustomProperties', 'date');

		expect(all.results).toEqual([
			{ name: 'City (string)', value: '1678' },
			{ name: 'Start date (date)', value: '1679' },
		]);
		expect(filtered.results).toEqual([{ name: 'Start date (date)', value: '1679' }]);
		expect(requestsTo(emu, 'GET', '/custom_properties').map((r) => r.query)).toEqual([{ entity_type: 'User' }, { entity_type: 'User' }]);
	});
});
