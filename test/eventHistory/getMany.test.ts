// Event History → Get Many: whole events or trigger-shaped payloads, oldest first whatever order Pachca lists.
import type { HistoryEvent, PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { setHistoryOrder } from '../emulator/routes/events';
import { requestsTo } from '../harness/fixtures/message';
import { runEventHistory } from '../harness/fixtures/eventHistory';

let emu: PachcaEmulator;
let events: HistoryEvent[];

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'History', memberIds: [13] });
	events = emu.addEvents(120);
});

afterEach(() => setHistoryOrder(emu.state, 'desc'));

const listRequests = () => requestsTo(emu, 'GET', '/webhooks/events');
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe.each(['desc', 'asc'] as const)('with the history listed %s', (order) => {
	beforeEach(() => setHistoryOrder(emu.state, order));

	it('Return All outputs every event whole, oldest first, sending only limit and cursor', async () => {
		const result = await runEventHistory(emu, { operation: 'getMany', returnAll: true });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual(json(events));
		expect(result.items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		expect(listRequests()).toHaveLength(3);
		for (const request of listRequests()) {
			expect(Object.keys(request.query).sort()).toEqual(request.query.cursor ? ['cursor', 'limit'] : ['limit']);
			expect(request.query.limit).toBe('50');
		}
	});

	it('Limit outputs the newest events, oldest first', async () => {
		const result = await runEventHistory(emu, { operation: 'getMany', returnAll: false, limit: 7 });

		expect(result.items.map((item) => (item.json as { id: string }).id)).toEqual(events.slice(-7).map((e) => e.id));
	});
});

it('Limit stops reading once the pages are seen to run newest first', async () => {
	await runEventHistory(emu, { operation: 'getMany', returnAll: false, limit: 60 });

	expect(listRequests()).toHaveLength(2);
});

it('Output Payload Only gives the Pachca Trigger item plus the history ID and time', async () => {
	const result = await runEventHistory(emu, {
		operation: 'getMany',
		returnAll: false,
		limit: 1,
		options: { payloadOnly: true },
	});
	const last = events[events.length - 1];

	expect(result.items.map((item) => item.json)).toEqual([
		{
			...json(last.payload) as object,
			event_name: 'message.new',
			delivery_key: expect.stringMatching(/^[0-9a-f]{64}$/),
			event_id: last.id,
			event_created_at: last.created_at,
		},
	]);
});

it('an empty history gives no items', async () => {
	const other = emu.createToken({ scopes: ['webhooks:events:read'], bot: true, userId: 9100 });
	const result = await runEventHistory(emu, { operation: 'getMany', returnAll: true }, [{}], { token: other });

	expect(result.error).toBeUndefined();
	expect(result.items).toEqual([]);
});

it('Limit below 1 is an error naming the parameter, and nothing is sent', async () => {
	const result = await runEventHistory(emu, { operation: 'getMany', returnAll: false, limit: 0 });

	expect(result.error?.message).toBe('Limit: expected a whole number of at least 1, got 0 (item 0)');
	expect(listRequests()).toHaveLength(0);
});

it('a token without webhooks:events:read gets a hint naming the scope', async () => {
	const token = emu.createToken({ scopes: ['messages:read'], bot: true });
	const result = await runEventHistory(emu, { operation: 'getMany', returnAll: true }, [{}], { token });

	expect(result.error?.message).toContain('403');
	expect((result.error as { description?: string }).description).toContain('webhooks:events:read');
});
