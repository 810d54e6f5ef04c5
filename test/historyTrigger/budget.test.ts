/* eslint-disable no-console -- prints the volume figures for the closing note; they are never asserted */
/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the backlog sizes to measure come from the environment */
// The read loop stays inside the poll's time budget (n8n's getPollBudgetMs, driven small here) and the
// next polls resume where it stopped: every event once, oldest first, in both list orders.
import type { PachcaEmulator } from '../emulator';
import { setHistoryOrder } from '../emulator/routes/events';
import { emulatorPerFile } from '../harness/emulator';
import { drainHistory, historyTrigger, idsOf } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'Budget', memberIds: [13] });
});

beforeEach(() => emu.state.history.set(emu.botId, []));
afterEach(() => setHistoryOrder(emu.state, 'desc'));

describe.each(['desc', 'asc'] as const)('with the history listed %s', (order) => {
	beforeEach(() => setHistoryOrder(emu.state, order));

	it('a poll stops reading once its budget is spent (one page, two when newest first), and later polls emit every event once, oldest first', async () => {
		const ids = emu.addEvents(400).map((event) => event.id);
		const trigger = historyTrigger(emu, { acknowledge: false });

		const getsPerPoll = await drainHistory(emu, trigger, ids.length, 1, 200);

		// Newest first, a cut-off poll also rereads the page it stopped on (see readUnseen).
		expect(Math.max(...getsPerPoll)).toBe(order === 'desc' ? 2 : 1);
		expect(idsOf(trigger.emitted)).toEqual(ids);
	}, 60_000);

	// The cost in requests is bounded in backlog-cost.test.ts; here the figures for the closing note.
	// More sizes, e.g. HISTORY_BACKLOG_SIZES=2000,10000 (10,000 takes minutes on a busy machine).
	const sizes = (process.env.HISTORY_BACKLOG_SIZES ?? '2000').split(',').map(Number);

	it.each(sizes)('%i queued events drain within the budget, each once, oldest first', async (queued) => {
		const ids = emu.addEvents(queued).map((event) => event.id);
		const trigger = historyTrigger(emu, { acknowledge: false, options: { maxEventsPerPoll: 10_000 } });
		const started = Date.now();

		const getsPerPoll = await drainHistory(emu, trigger, ids.length, 200, 500);

		const seconds = (Date.now() - started) / 1000;
		const requests = getsPerPoll.reduce((sum, gets) => sum + gets, 0);
		console.log(
			`history listed ${order}: ${ids.length} events, ${getsPerPoll.length} polls (budget 200 ms), ${requests} GET requests, most in one poll ${Math.max(...getsPerPoll)}, ${seconds.toFixed(1)} s`,
		);
		expect(idsOf(trigger.emitted)).toEqual(ids);
	}, 300_000);
});
