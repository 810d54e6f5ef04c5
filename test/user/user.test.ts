import type { PachcaEmulator } from '../emulator';
import { addEmployees, asJson, emulatorPerFile, requestsTo, rl, runPeople } from '../harness/fixtures/user';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const run = (parameters: Parameters<typeof runPeople>[2], options?: Parameters<typeof runPeople>[3]) => runPeople(emu, 'user', parameters, options);

describe('User → Create', () => {
	it('sends the email, the fields added and the custom properties, and outputs the new user', async () => {
		const chat = emu.addChat({ name: 'Onboarding' });
		const result = await run({
			operation: 'create',
			email: 'new.hire@example.com',
			additionalFields: {
				firstName: 'Nina',
				lastName: 'Orlova',
				department: 'Sales',
				listTags: 'Sales, Moscow',
				chatIds: String(chat.id),
				skipEmailNotify: true,
				customProperties: { property: [{ propertyId: rl('list', 1678), value: 'Kazan' }] },
			},
		});

		expect(result.error).toBeUndefined();
		const [sent] = requestsTo(emu, 'POST', '/users');
		expect(sent.body).toEqual({
			user: {
				email: 'new.hire@example.com',
				first_name: 'Nina',
				last_name: 'Orlova',
				department: 'Sales',
				list_tags: ['Sales', 'Moscow'],
				chat_ids: [chat.id],
				custom_properties: [{ id: 1678, value: 'Kazan' }],
			},
			skip_email_notify: true,
		});
		const created = result.items[0].json;
		expect(created).toMatchObject({ email: 'new.hire@example.com', first_name: 'Nina', invite_status: 'sent' });
		expect(created.custom_properties).toEqual([{ id: 1678, name: 'City', data_type: 'string', value: 'Kazan' }]);
		expect(emu.state.chats.get(chat.id)?.member_ids).toContain(created.id);
	});

	it('creates a guest in exactly one chat', async () => {
		const chat = emu.addChat({ name: 'Guests' });
		const result = await run({ operation: 'create', email: 'guest@example.com', additionalFields: { role: 'guest', chatIds: `${chat.id}` } });

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ role: 'guest' });
	});
});

describe('User → Get and Get Many', () => {
	it('Get reads one user by ID or from the list', async () => {
		const byId = await run({ operation: 'get', userId: rl('id', 13) });
		const picked = await run({ operation: 'get', userId: rl('list', 14) });

		expect(byId.items[0].json).toEqual(asJson(emu.state.users.get(13)));
		expect(picked.items[0].json).toMatchObject({ id: 14, nickname: 'pavel' });
	});

	it('Return All reads every page past 50, and Pachca searches with the query', async () => {
		const ids = addEmployees(emu, 'Paged', 61);

		const result = await run({ operation: 'getMany', returnAll: true, query: 'paged' });

		expect(result.items.map((item) => item.json.id)).toEqual(ids);
		expect(requestsTo(emu, 'GET', '/users').map((r) => r.query.limit)).toEqual(['50', '50']);
		expect(requestsTo(emu, 'GET', '/users').every((r) => r.query.query === 'paged')).toBe(true);
	});

	it('a Limit of 55 stops after 55, asking only for what is still needed', async () => {
		addEmployees(emu, 'Limited', 70);

		const result = await run({ operation: 'getMany', returnAll: false, limit: 55, query: 'Limited' });

		expect(result.items).toHaveLength(55);
		expect(requestsTo(emu, 'GET', '/users').map((r) => r.query.limit)).toEqual(['50', '5']);
	});

	it('Return All pages past 50 also when Pachca leaves has_next out', async () => {
		emu.state.paginationQuirk = 'noHasNext';

		const result = await run({ operation: 'getMany', returnAll: true, query: 'paged' });

		expect(result.items).toHaveLength(61);
	});
});

describe('User → Update and Delete', () => {
	it('Update sends only the fields added', async () => {
		const [id] = addEmployees(emu, 'Changed', 1);

		const result = await run({ operation: 'update', userId: rl('id', id), updateFields: { suspended: true, title: 'Former engineer' } });

		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'PUT', `/users/${id}`)[0].body).toEqual({ user: { suspended: true, title: 'Former engineer' } });
		expect(result.items[0].json).toMatchObject({ id, suspended: true, title: 'Former engineer', first_name: 'Changed' });
	});

	it('Update merges custom properties into the user', async () => {
		const [id] = addEmployees(emu, 'Props', 1);

		const result = await run({
			operation: 'update',
			userId: rl('id', id),
			updateFields: { customProperties: { property: [{ propertyId: rl('id', 1679), value: '2026-01-15' }] } },
		});

		expect(result.items[0].json.custom_properties).toEqual([{ id: 1679, name: 'Start date', data_type: 'date', value: '2026-01-15' }]);
	});

	it('Delete removes the user and outputs the ID', async () => {
		const [id] = addEmployees(emu, 'Leaving', 1);

		const result = await run({ operation: 'delete', userId: rl('id', id) });

		expect(result.items[0].json).toEqual({ success: true, id });
		expect(emu.state.users.has(id)).toBe(false);
	});

	it('a user Pachca does not know is a 404 that names the request', async () => {
		const result = await run({ operation: 'delete', userId: rl('id', 999999) });

		expect(result.error?.message).toContain('Pachca DELETE /users/999999 failed with 404');
	});
});
