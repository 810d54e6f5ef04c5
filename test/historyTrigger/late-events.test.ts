// "Only New Events" and events Pachca stores late, with a creation time (and ULID) older than events it
// stored before: stored after the activation, they are new and go out once.
import type { PachcaEmulator } from '../emulator';
import { setHistoryOrder } from '../emulator/routes/events';
import { emulatorPerFile } from '../harness/emulator';
import { historyTrigger, idsOf } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'Late', memberIds: [13] });
});

beforeEach(() => emu.state.history.set(emu.botId, []));
afterEach(() => setHistoryOrder(emu.state, 'desc'));

const ids = (count: number, createdAt?: number): string[] => emu.addEvents(count, { createdAt }).map((event) => event.id);

describe.each(['desc', 'asc'] as const)('with the history listed %s', (order) => {
	beforeEach(() => setHistoryOrder(emu.state, order));

	it('an event stored after the activation, older than the whole backlog, is emitted once', async () => {
		const now = Date.now();
		ids(3);
		const trigger = historyTrigger(emu, { acknowledge: false, firstActivation: 'onlyNew' });
		expect(await trigger.poll()).toEqual([]);

		const late = ids(1, now - 5_000);
		expect(idsOf(await trigger.poll())).toEqual(late);
		expect(await trigger.poll()).toEqual([]);
		expect(idsOf(trigger.emitted)).toEqual(late);
	});

	it('with more than a page of backlog, an event stored late inside the newest page is emitted once', async () => {
		const now = Date.now();
		ids(70, now - 60_000);
		// The newest page (50 events) spans two seconds; the late event falls inside it.
		ids(25, now - 2_000);
		ids(25);
		const trigger = historyTrigger(emu, { firstActivation: 'onlyNew' });
		expect(await trigger.poll()).toEqual([]);

		const late = ids(1, now - 1_000);
		const fresh = ids(2);
		expect(idsOf(await trigger.poll())).toEqual([...late, ...fresh]);
		expect(await trigger.poll()).toEqual([]);
		expect(idsOf(trigger.emitted)).toEqual([...late, ...fresh]);
	});
});
