// Listed newest first, a backlog that takes many polls to emit costs requests in proportion to its
// pages: once the walk down reached the oldest events, the next batches are read going up from there,
// not by walking down from the top again for each one.
import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { drainHistory, historyTrigger, idsOf } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'Backlog', memberIds: [13] });
});

beforeEach(() => emu.state.history.set(emu.botId, []));

const EVENTS = 1_000;
const PAGES = EVENTS / 50;
const total = (gets: number[]): number => gets.reduce((sum, count) => sum + count, 0);

it('under a poll budget too short for more than the least reading, the drain costs at most 4 GETs per page', async () => {
	const ids = emu.addEvents(EVENTS).map((event) => event.id);
	const trigger = historyTrigger(emu, { acknowledge: false, options: { maxEventsPerPoll: 10_000 } });

	const gets = await drainHistory(emu, trigger, EVENTS, 1, 1_000);

	expect(idsOf(trigger.emitted)).toEqual(ids);
	// The walk down costs two GETs per page (a cut-off poll rereads its page), the way up one.
	expect(total(gets)).toBeLessThanOrEqual(4 * PAGES);
}, 120_000);

it('with Max Events per Poll below the backlog, each batch after the first costs a few GETs, not a walk down', async () => {
	const ids = emu.addEvents(EVENTS).map((event) => event.id);
	const trigger = historyTrigger(emu, { acknowledge: false, options: { maxEventsPerPoll: 100 } });

	const gets = await drainHistory(emu, trigger, EVENTS, undefined, 100);

	expect(idsOf(trigger.emitted)).toEqual(ids);
	expect(gets[0]).toBe(PAGES);
	// Each later batch: two pages of 50 plus the page it stopped in, read again.
	expect(Math.max(...gets.slice(1))).toBeLessThanOrEqual(3);
}, 120_000);

it('an event held back by Fetch Full Message during the walk up is emitted on a later poll, and none is skipped', async () => {
	const events = emu.addEvents(300);
	const held = events[150].payload as { id: number };
	emu.injectFault({ method: 'GET', path: `/messages/${held.id}`, kind: 'status', status: 503, times: 2 });
	const trigger = historyTrigger(emu, { acknowledge: false, options: { maxEventsPerPoll: 100, fetchFullMessage: true } });

	const batches: number[] = [];
	for (let poll = 0; poll < 6; poll++) batches.push((await trigger.poll()).length);

	expect(batches).toEqual([100, 50, 100, 50, 0, 0]);
	expect(idsOf(trigger.emitted)).toEqual(events.map((event) => event.id));
}, 120_000);
