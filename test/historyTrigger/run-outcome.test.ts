// Acknowledge Events deletes an event only once the execution it started has succeeded (n8n's donePromise).
import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { historyIds, historyTrigger, idsOf } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'Outcome', memberIds: [13] });
});

beforeEach(() => emu.state.history.set(emu.botId, []));

it('events of a failed execution stay in the history and are not emitted again; those of a successful one are deleted', async () => {
	const failed = emu.addEvents(3).map((event) => event.id);
	const trigger = historyTrigger(emu);
	expect(idsOf(await trigger.poll({ runOutcome: 'error' }))).toEqual(failed);

	const succeeded = emu.addEvents(2).map((event) => event.id);
	expect(idsOf(await trigger.poll({ runOutcome: 'success' }))).toEqual(succeeded);
	await trigger.poll();
	await trigger.poll();

	expect(historyIds(emu)).toEqual(failed);
	expect(idsOf(trigger.emitted)).toEqual([...failed, ...succeeded]);
});

it('events the filters leave out are deleted without waiting for any execution', async () => {
	emu.addEvents(2);
	const trigger = historyTrigger(emu, { events: ['reaction.new'] });
	expect(await trigger.poll({ runOutcome: 'error' })).toEqual([]);
	await trigger.poll();

	expect(historyIds(emu)).toEqual([]);
	expect(trigger.emitted).toEqual([]);
});
