// The emulator's GET /webhooks/events to the spec: only limit and cursor, an order that tests choose.
import type { PachcaEmulator } from '../emulator';
import { api } from '../emulator/helpers';
import { setHistoryOrder } from '../emulator/routes/events';
import { emulatorPerFile } from '../harness/emulator';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'History' });
	emu.addEvents(3);
});

afterEach(() => setHistoryOrder(emu.state, 'desc'));

const list = async (query: Record<string, string | number> = {}) =>
	await api(emu, 'GET', '/webhooks/events', { token: emu.botToken, query });

it.each([['order', 'asc'], ['sort', 'id'], ['chat_id', 1]])('rejects %s, which the spec does not define, with an ApiError', async (key, value) => {
	const reply = await list({ limit: 5, [key]: value });

	expect(reply.status).toBe(400);
	expect(reply.json.errors[0]).toMatchObject({ key, code: 'invalid' });
});

it('lists newest first by default and oldest first when set, and a cursor continues in its own order', async () => {
	const stored = emu.state.history.get(emu.botId)!.map((event) => event.id);
	const ids = (reply: { json: { data: Array<{ id: string }> } }) => reply.json.data.map((event) => event.id);

	expect(ids(await list({ limit: 50 }))).toEqual([...stored].reverse());
	setHistoryOrder(emu.state, 'asc');
	const first = await list({ limit: 2 });
	expect(ids(first)).toEqual(stored.slice(0, 2));
	expect(ids(await list({ limit: 2, cursor: first.json.meta.paginate.next_page }))).toEqual(stored.slice(2));
});

it('a malformed event ID is not found (the spec lists no 400 for DELETE)', async () => {
	const reply = await api(emu, 'DELETE', '/webhooks/events/not-a-ulid', { token: emu.botToken });

	expect(reply.status).toBe(404);
	expect(reply.json.errors[0]).toMatchObject({ key: 'id' });
});
