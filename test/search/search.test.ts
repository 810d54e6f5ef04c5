import type { Chat, Message, PachcaEmulator } from '../emulator';
import { emulatorPerFile, idsOf, requestsTo, runSearch } from '../harness/fixtures/search';

let emu: PachcaEmulator;
let sales: Chat;
let archive: Chat;
let invoices: Message[];

emulatorPerFile((started) => {
	emu = started;
	sales = emu.addChat({ name: 'Sales team' });
	archive = emu.addChat({ name: 'Sales archive' });
	emu.state.chats.get(archive.id)!.archived = true;
	emu.addChat({ name: 'Secret sales', botMember: false });
	invoices = emu.addMessages(sales.id, 120, { content: 'Invoice sent' });
	emu.addMessages(sales.id, 3, { content: 'Lunch?' });
	emu.addMessages(sales.id, 2, { content: 'Invoice from Olga', user_id: 13 });
	emu.addMessages(archive.id, 1, { content: 'Old invoice' });
	emu.state.addUser({ nickname: 'oleg', first_name: 'Oleg', last_name: 'Petrov', role: 'guest', title: 'Sales' });
	emu.state.addUser({ nickname: 'olesya', first_name: 'Olesya', last_name: 'Smirnova', title: 'Sales' });
});

describe('Search → Messages', () => {
	it('Return All reads every page past 50 (pages of 50, then the empty page that ends a search)', async () => {
		const result = await runSearch(emu, { operation: 'messages', query: 'invoice sent', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(120);
		expect(new Set(idsOf(result))).toEqual(new Set(invoices.map((m) => m.id)));
		const pages = requestsTo(emu, 'GET', '/search/messages');
		expect(pages.map((r) => r.query.limit)).toEqual(['50', '50', '50', '50']);
		expect(pages.map((r) => r.query.cursor === undefined)).toEqual([true, false, false, false]);
		expect(result.items.every((item) => item.pairedItem !== undefined)).toBe(true);
	});

	it('a Limit of 70 stops after 70 results (a page of 50, then one of 20)', async () => {
		const result = await runSearch(emu, { operation: 'messages', query: 'Invoice sent', returnAll: false, limit: 70 });
		expect(result.items).toHaveLength(70);
		expect(requestsTo(emu, 'GET', '/search/messages').map((r) => r.query.limit)).toEqual(['50', '20']);
	});

	it('sends every filter as the spec names it (arrays joined by commas) and Pachca applies them', async () => {
		const result = await runSearch(emu, {
			operation: 'messages',
			query: 'invoice',
			returnAll: true,
			filters: {
				chatIds: `${sales.id}, ${archive.id}`,
				userIds: '13',
				active: true,
				createdFrom: '2000-01-01T00:00:00Z',
				createdTo: '2999-01-01T00:00:00Z',
				sort: 'relevance',
				order: 'asc',
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.content)).toEqual(['Invoice from Olga', 'Invoice from Olga']);
		expect(requestsTo(emu, 'GET', '/search/messages')[0].query).toEqual({
			query: 'invoice',
			chat_ids: `${sales.id},${archive.id}`,
			user_ids: '13',
			active: 'true',
			created_from: '2000-01-01T00:00:00.000Z',
			created_to: '2999-01-01T00:00:00.000Z',
			sort: 'relevance',
			order: 'asc',
			limit: '50',
		});
	});

	it('Active Chats Only off finds only archived chats', async () => {
		const result = await runSearch(emu, { operation: 'messages', query: 'invoice', returnAll: true, filters: { active: false } });
		expect(result.items.map((item) => item.json.content)).toEqual(['Old invoice']);
	});
});

describe('Search → Chats', () => {
	it('finds the chats the token can see, with the type, personal and active filters', async () => {
		const all = await runSearch(emu, { operation: 'chats', query: 'sales', returnAll: true });
		expect(all.items.map((item) => item.json.name).sort()).toEqual(['Sales archive', 'Sales team']);

		emu.clearRequests();
		const filtered = await runSearch(emu, {
			operation: 'chats',
			query: 'sales',
			limit: 10,
			filters: { active: true, chatSubtype: 'discussion', personal: false, order: 'asc' },
		});
		expect(filtered.items.map((item) => item.json.name)).toEqual(['Sales team']);
		expect(requestsTo(emu, 'GET', '/search/chats')[0].query).toEqual({
			query: 'sales', active: 'true', chat_subtype: 'discussion', personal: 'false', order: 'asc', limit: '10',
		});
	});
});

describe('Search → Users', () => {
	it('finds people by name with the roles filter and sorted by name', async () => {
		const result = await runSearch(emu, {
			operation: 'users',
			query: 'oles',
			returnAll: true,
			filters: { companyRoles: ['user', 'guest'], sort: 'alphabetical', order: 'asc' },
		});
		expect(result.items.map((item) => item.json.nickname)).toEqual(['olesya']);
		expect(requestsTo(emu, 'GET', '/search/users')[0].query).toMatchObject({ company_roles: 'user,guest', sort: 'alphabetical' });

		const guests = await runSearch(emu, { operation: 'users', query: 'sales', returnAll: true, filters: { companyRoles: ['guest'] } });
		expect(guests.items.map((item) => item.json.nickname)).toEqual(['oleg']);
	});
});

describe('A token without the search scope', () => {
	it('gets an error naming the scope and where to grant it, for bot and user tokens alike', async () => {
		const token = emu.createToken({ bot: true, scopes: ['messages:read'] });
		const result = await runSearch(emu, { operation: 'users', query: 'oleg' }, [{}], { token });
		expect(result.error?.message).toContain('Pachca GET /search/users failed with 403');
		expect(result.error?.description).toContain('lacks the scope "search:users"');
		expect(result.error?.description).toContain("bot's or token's API settings");
	});
});
