// A large backlog drained over several polls under Pachca's limits: each event once, oldest first, all acknowledged.
import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { historyIds, historyTrigger, idsOf } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'History', memberIds: [13] });
}, { rateLimits: true });

it('drains a backlog of 1,234 events in polls of 500, exactly once, oldest first, with no 429', async () => {
	const backlog = emu.addEvents(1234).map((event) => event.id);
	const trigger = historyTrigger(emu);

	const polls: number[] = [];
	for (let i = 0; i < 4; i++) polls.push((await trigger.poll()).length);

	expect(polls).toEqual([500, 500, 234, 0]);
	expect(idsOf(trigger.emitted)).toEqual(backlog);
	expect(historyIds(emu)).toEqual([]);
	expect(emu.requests.filter((request) => request.method === 'DELETE')).toHaveLength(1234);
	expect(emu.requests.filter((request) => request.status === 429)).toEqual([]);
}, 120_000);
