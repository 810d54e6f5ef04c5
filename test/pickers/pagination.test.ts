import type { PachcaEmulator } from '../emulator';
import { credentialsFor } from '../harness/credentials';
import { emulatorPerFile } from '../harness/emulator';
import { runListSearch } from '../harness/run';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	for (let i = 0; i < 60; i++) emu.addChat({ name: `Picker chat ${i}` });
});

const search = async (method: string, paginationToken?: string) =>
	await runListSearch(
		{
			type: 'pachca',
			parameters: { resource: 'chat', operation: 'get' },
			credentials: credentialsFor(emu, { accessToken: emu.userToken }),
		},
		method,
		undefined,
		paginationToken,
	);

/** Every page a picker hands out, following the cursor it gives n8n until it gives none (at most 10). */
async function allPages(method: string): Promise<number[]> {
	const sizes: number[] = [];
	let token: string | undefined;
	do {
		const page = await search(method, token);
		sizes.push(page.results.length);
		token = page.paginationToken;
	} while (token !== undefined && sizes.length < 10);
	return sizes;
}

describe('A picker pages past 50 when Pachca leaves has_next out (the spec requires only next_page)', () => {
	it('the chat picker reads the second page, then stops at the empty one', async () => {
		emu.state.paginationQuirk = 'noHasNext';

		const sizes = await allPages('searchChats');

		expect(sizes.slice(0, 2)).toEqual([50, 10]);
		expect(sizes.length).toBeLessThanOrEqual(3);
		expect(sizes.slice(2).every((size) => size === 0)).toBe(true);
	});

	it('with has_next, the same list ends on the page that says so', async () => {
		expect(await allPages('searchChats')).toEqual([50, 10]);
	});
});
