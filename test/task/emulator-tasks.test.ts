// The emulator's /tasks answer as the spec defines them (TaskCreateRequest, TaskUpdateRequest, Task,
// ApiError), so the node's tests against it mean something.
import type { PachcaEmulator } from '../emulator';
import { api } from '../emulator/helpers';
import { emulatorPerFile } from '../harness/fixtures/task';

let emu: PachcaEmulator;
emulatorPerFile((started) => (emu = started));

const create = (task: unknown, token?: string) => api(emu, 'POST', '/tasks', { token, body: task === undefined ? {} : { task } });

describe('POST /tasks', () => {
	it('201 with every field of Task; the creator is the performer by default', async () => {
		const res = await create({ kind: 'reminder', due_at: '2026-12-08T12:00:00.000+03:00' });
		expect(res.status).toBe(201);
		expect(res.json.data).toEqual({
			id: expect.any(Number), kind: 'reminder', content: 'Напоминание', due_at: '2026-12-08T09:00:00.000Z', priority: 1,
			user_id: emu.userId, chat_id: null, status: 'undone', created_at: expect.any(String), performer_ids: [emu.userId],
			all_day: false, custom_properties: [],
		});
	});

	it.each([
		['no task object', undefined, 400, 'task'],
		['no kind', { content: 'x' }, 400, 'kind'],
		['a kind outside TaskKind', { kind: 'todo' }, 400, 'kind'],
		['a due_at without an offset', { kind: 'call', due_at: '2026-12-08T12:00:00' }, 400, 'due_at'],
		['a priority of 4', { kind: 'call', priority: 4 }, 422, 'priority'],
		['performer_ids as text', { kind: 'call', performer_ids: '12' }, 400, 'performer_ids'],
		['an unknown performer', { kind: 'call', performer_ids: [999999] }, 404, 'performer_ids'],
		['a chat the caller is not in', { kind: 'call', chat_id: 999999 }, 404, 'chat_id'],
		['a blank content', { kind: 'call', content: ' ' }, 422, 'content'],
		['a custom property without a value', { kind: 'call', custom_properties: [{ id: 1 }] }, 400, 'custom_properties'],
	])('%s: ApiError %s on %s, and no task is created', async (_case, task, status, key) => {
		const before = emu.state.tasks.size;
		const res = await create(task);
		expect(res.status).toBe(status);
		expect(res.json.errors[0]).toMatchObject({ key, message: expect.any(String), code: expect.any(String) });
		expect(emu.state.tasks.size).toBe(before);
	});
});

describe('who sees a task', () => {
	it("someone else's task is a 404 to read, change or delete", async () => {
		const res = await create({ kind: 'call', performer_ids: [13] });
		const id = res.json.data.id as number;
		const outsider = emu.createToken({ userId: 14, scopes: ['tasks:read', 'tasks:update', 'tasks:delete'] });
		const performer = emu.createToken({ userId: 13, scopes: ['tasks:read'] });
		expect((await api(emu, 'GET', `/tasks/${id}`, { token: performer })).status).toBe(200);
		expect((await api(emu, 'GET', `/tasks/${id}`, { token: outsider })).status).toBe(404);
		expect((await api(emu, 'PUT', `/tasks/${id}`, { token: outsider, body: { task: { status: 'done' } } })).status).toBe(404);
		expect((await api(emu, 'DELETE', `/tasks/${id}`, { token: outsider })).status).toBe(404);
		expect((await api(emu, 'GET', '/tasks', { token: outsider })).json.data).toEqual([]);
	});

	it('GET /tasks refuses a limit over 50', async () => {
		const res = await api(emu, 'GET', '/tasks', { query: { limit: 51 } });
		expect(res.status).toBe(400);
		expect(res.json.errors[0].key).toBe('limit');
	});
});
