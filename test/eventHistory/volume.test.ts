// Large histories under Pachca's limits (emulator limits on): read and delete without a single 429.
import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { countStatus, historyIds, runEventHistory } from '../harness/fixtures/eventHistory';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'History', memberIds: [13] });
}, { rateLimits: true });

it('Get Many with Return All reads 1,000 events in 20 pages and meets no 429', async () => {
	const events = emu.addEvents(1000);
	emu.clearRequests();
	const result = await runEventHistory(emu, { operation: 'getMany', returnAll: true });

	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => (item.json as { id: string }).id)).toEqual(events.map((event) => event.id));
	expect(emu.requests).toHaveLength(20);
	expect(countStatus(emu, 429)).toBe(0);
}, 60_000);

it('Delete Many of 300 events meets no 429', async () => {
	emu.state.history.set(emu.botId, []);
	const events = emu.addEvents(300);
	emu.clearRequests();
	const list = events.map((event) => event.id).join('\n');
	const result = await runEventHistory(emu, { operation: 'deleteMany', source: 'list', eventIds: list });

	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(300);
	expect(historyIds(emu)).toEqual([]);
	expect(emu.requests.map((request) => request.status)).toEqual(new Array(300).fill(204));
}, 60_000);
