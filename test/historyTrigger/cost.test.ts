// Acknowledgement off: the history keeps growing, and a poll must stay cheap (emulator limits on).
import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { historyIds, historyTrigger, idsOf } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'History', memberIds: [13] });
}, { rateLimits: true });

it('with 5,000 events kept, a poll with nothing new reads one page and one with news reads two', async () => {
	emu.addEvents(5000);
	const trigger = historyTrigger(emu, { acknowledge: false, firstActivation: 'onlyNew' });
	emu.clearRequests();
	expect(await trigger.poll()).toEqual([]);
	expect(emu.requests).toHaveLength(1);

	emu.clearRequests();
	expect(await trigger.poll()).toEqual([]);
	expect(emu.requests).toHaveLength(1);

	const fresh = emu.addEvents(3).map((event) => event.id);
	emu.clearRequests();
	expect(idsOf(await trigger.poll())).toEqual(fresh);
	expect(emu.requests).toHaveLength(2);
	expect(emu.requests.every((request) => request.method === 'GET' && request.status === 200)).toBe(true);
	expect(historyIds(emu)).toHaveLength(5003);
}, 60_000);
