// A poll cut off mid-read: the emulator drops the connection after k events of the history, every
// retry too. Nothing of that poll reaches n8n, and the next poll emits every event exactly once.
import type { PachcaEmulator } from '../emulator';
import { setHistoryOrder } from '../emulator/routes/events';
import { emulatorPerFile } from '../harness/emulator';
import { historyIds, historyTrigger, idsOf } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'Crash', memberIds: [13] });
});

beforeEach(() => emu.state.history.set(emu.botId, []));
afterEach(() => setHistoryOrder(emu.state, 'desc'));

describe.each(['desc', 'asc'] as const)('with the history listed %s', (order) => {
	beforeEach(() => setHistoryOrder(emu.state, order));

	it.each([50, 150])('connection dropped after %i of 300 events: the next poll emits each event once', async (k) => {
		const ids = emu.addEvents(300).map((event) => event.id);
		const trigger = historyTrigger(emu, { options: { maxEventsPerPoll: 1000 } });
		emu.injectFault({ method: 'GET', path: '/webhooks/events', kind: 'reset', after: k / 50, times: 20 });

		await expect(trigger.poll()).rejects.toThrow();
		expect(trigger.emitted).toEqual([]);
		emu.clearFaults();
		expect(idsOf(await trigger.poll())).toEqual(ids);
		expect(await trigger.poll()).toEqual([]);
		expect(idsOf(trigger.emitted)).toEqual(ids);
		expect(historyIds(emu)).toEqual([]);
	}, 60_000);
});
