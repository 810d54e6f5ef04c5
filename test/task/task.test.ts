import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, requestsTo, rl, runTask } from '../harness/fixtures/task';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const sent = (method: string, path: string) => requestsTo(emu, method, path).map((r) => r.body);

describe('Create', () => {
	it('with only a Kind: Pachca fills the text with the kind and makes the bot the performer', async () => {
		const result = await runTask(emu, { operation: 'create', kind: 'call' });
		expect(result.error).toBeUndefined();
		expect(sent('POST', '/tasks')).toEqual([{ task: { kind: 'call' } }]);
		expect(result.items[0].json).toMatchObject({ kind: 'call', content: 'Позвонить контакту', performer_ids: [emu.botId], status: 'undone' });
	});

	it('sends every field under its spec name', async () => {
		const chat = emu.addChat({ name: 'Tasks chat' });
		const result = await runTask(
			emu,
			{
				operation: 'create',
				kind: 'meeting',
				additionalFields: {
					content: 'Onboarding talk',
					dueAt: '2026-12-08T10:00:00',
					priority: 3,
					performerIds: '12, 13',
					chatId: rl('id', chat.id),
					allDay: false,
					customProperties: { property: [{ id: '78', value: 'Blue warehouse' }] },
				},
			},
			[{}],
			{ timezone: 'Europe/Moscow' },
		);
		expect(sent('POST', '/tasks')).toEqual([
			{
				task: {
					kind: 'meeting',
					content: 'Onboarding talk',
					due_at: '2026-12-08T10:00:00.000+03:00',
					priority: 3,
					performer_ids: [12, 13],
					chat_id: chat.id,
					all_day: false,
					custom_properties: [{ id: 78, value: 'Blue warehouse' }],
				},
			},
		]);
		expect(result.items[0].json).toMatchObject({ due_at: '2026-12-08T07:00:00.000Z', chat_id: chat.id, performer_ids: [12, 13] });
	});
});

describe("Due Date is wall time in the workflow's timezone", () => {
	it.each([
		['Europe/Moscow', '2026-12-08T10:00:00', '2026-12-08T10:00:00.000+03:00', '2026-12-08T07:00:00.000Z'],
		['America/New_York', '2026-12-08T10:00:00', '2026-12-08T10:00:00.000-05:00', '2026-12-08T15:00:00.000Z'],
		// Daylight saving time: the offset is the one in force on that date.
		['America/New_York', '2026-07-08T10:00:00', '2026-07-08T10:00:00.000-04:00', '2026-07-08T14:00:00.000Z'],
		// An explicit offset wins over the workflow's timezone.
		['Europe/Moscow', '2026-12-08T10:00:00Z', '2026-12-08T10:00:00.000Z', '2026-12-08T10:00:00.000Z'],
	])('in a workflow on %s, %s is sent as %s', async (timezone, given, wire, stored) => {
		const result = await runTask(emu, { operation: 'create', kind: 'reminder', additionalFields: { dueAt: given } }, [{}], { timezone });
		expect(sent('POST', '/tasks')).toEqual([{ task: { kind: 'reminder', due_at: wire } }]);
		expect(result.items[0].json.due_at).toBe(stored);
	});

	it('23:59:59 in the workflow\'s timezone makes an all-day task for that local day', async () => {
		const result = await runTask(
			emu,
			{ operation: 'create', kind: 'event', additionalFields: { dueAt: '2026-12-08T23:59:59' } },
			[{}],
			{ timezone: 'Asia/Vladivostok' },
		);
		expect(sent('POST', '/tasks')).toEqual([{ task: { kind: 'event', due_at: '2026-12-08T23:59:59.000+10:00' } }]);
		expect(result.items[0].json).toMatchObject({ all_day: true, due_at: '2026-12-08T13:59:59.000Z' });
	});
});

describe('Get, Update, Delete', () => {
	it('Update sends only the fields set, and the others keep their value', async () => {
		const created = await runTask(emu, { operation: 'create', kind: 'email', additionalFields: { content: 'Write to HR', priority: 2 } });
		const id = created.items[0].json.id as number;
		emu.clearRequests();

		const result = await runTask(emu, { operation: 'update', taskId: String(id), updateFields: { status: 'done' } });

		expect(sent('PUT', `/tasks/${id}`)).toEqual([{ task: { status: 'done' } }]);
		expect(result.items[0].json).toMatchObject({ id, status: 'done', content: 'Write to HR', priority: 2, kind: 'email' });
	});

	it('Update sends every field under its spec name, Done At in UTC', async () => {
		const id = (await runTask(emu, { operation: 'create', kind: 'reminder' })).items[0].json.id as number;
		emu.clearRequests();
		await runTask(
			emu,
			{
				operation: 'update',
				taskId: String(id),
				updateFields: {
					kind: 'call', content: 'Call back', dueAt: '2026-12-09T09:30:00', priority: 1, performerIds: '13', status: 'undone',
					allDay: true, doneAt: '2026-12-09T12:00:00', customProperties: { property: [{ id: '5', value: 'x' }] },
				},
			},
			[{}],
			{ timezone: 'Europe/Berlin' },
		);
		expect(sent('PUT', `/tasks/${id}`)).toEqual([
			{
				task: {
					kind: 'call', content: 'Call back', due_at: '2026-12-09T09:30:00.000+01:00', priority: 1, performer_ids: [13],
					status: 'undone', all_day: true, done_at: '2026-12-09T11:00:00.000Z', custom_properties: [{ id: 5, value: 'x' }],
				},
			},
		]);
	});

	it('gets a task, deletes it, and a second Get is a readable 404', async () => {
		const id = (await runTask(emu, { operation: 'create', kind: 'reminder' })).items[0].json.id as number;
		const got = await runTask(emu, { operation: 'get', taskId: String(id) });
		expect(got.items[0].json).toMatchObject({ id, kind: 'reminder' });

		const deleted = await runTask(emu, { operation: 'delete', taskId: String(id) });
		expect(deleted.items).toEqual([{ json: { success: true, id }, pairedItem: { item: 0 } }]);
		expect(emu.state.tasks.has(id)).toBe(false);

		const again = await runTask(emu, { operation: 'get', taskId: String(id) });
		expect(again.error?.message).toContain(`Pachca GET /tasks/${id} failed with 404`);
	});
});

describe('Get Many reads past 50', () => {
	it('Return All reads every page; a Limit stops early', async () => {
		for (let i = 0; i < 60; i++) {
			const id = emu.state.nextId('task');
			emu.state.tasks.set(id, {
				id, kind: 'reminder', content: `Task ${i}`, due_at: null, priority: 1, user_id: emu.userId, chat_id: null, status: 'undone',
				created_at: new Date().toISOString(), performer_ids: [emu.botId], all_day: false, custom_properties: [],
			});
		}
		const mine = [...emu.state.tasks.values()].filter((t) => t.user_id === emu.botId || t.performer_ids.includes(emu.botId));
		emu.clearRequests();

		const all = await runTask(emu, { operation: 'getMany', returnAll: true });
		expect(all.items.map((item) => item.json.id).sort()).toEqual(mine.map((t) => t.id).sort());
		expect(requestsTo(emu, 'GET', '/tasks').map((r) => r.query.limit)).toEqual(['50', '50']);

		emu.clearRequests();
		const some = await runTask(emu, { operation: 'getMany', returnAll: false, limit: 52 });
		expect(some.items.map((item) => item.json.id)).toEqual(all.items.slice(0, 52).map((item) => item.json.id));
		expect(requestsTo(emu, 'GET', '/tasks').map((r) => r.query.limit)).toEqual(['50', '2']);
	});
});
