// The Pachca Event History Trigger poll by poll: new events, first activation, acknowledgement, crashes.
import type { IDataObject } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { setHistoryOrder } from '../emulator/routes/events';
import { emulatorPerFile } from '../harness/emulator';
import { historyIds, historyTrigger, idsOf, requestCount } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'History', memberIds: [13] });
});

beforeEach(() => emu.state.history.set(emu.botId, []));
afterEach(() => setHistoryOrder(emu.state, 'desc'));

const addIds = (count: number): string[] => emu.addEvents(count).map((event) => event.id);

describe.each(['desc', 'asc'] as const)('with the history listed %s', (order) => {
	beforeEach(() => setHistoryOrder(emu.state, order));

	it('emits events that arrive between polls once each, oldest first, and deletes them on the next poll', async () => {
		const first = addIds(70);
		const trigger = historyTrigger(emu);
		expect(idsOf(await trigger.poll())).toEqual(first);
		expect(historyIds(emu)).toEqual(first); // not yet: acknowledged on the next poll

		const second = addIds(3);
		expect(idsOf(await trigger.poll())).toEqual(second);
		expect(historyIds(emu)).toEqual(second);
		expect(await trigger.poll()).toEqual([]);
		expect(historyIds(emu)).toEqual([]);
	});

	it('events that arrive during a poll are emitted once, by that poll or the next', async () => {
		const all = addIds(120);
		const trigger = historyTrigger(emu, { acknowledge: false });
		// Added once the poll has started (it asked for its state), before its first page is read.
		await trigger.poll({ onPollStart: () => all.push(...addIds(4)) });
		await trigger.poll();

		expect(idsOf(trigger.emitted)).toEqual(all);
	});

	it('Max Events per Poll leaves the newer events for the next polls', async () => {
		const all = addIds(25);
		const trigger = historyTrigger(emu, { options: { maxEventsPerPoll: 10 } });

		expect(idsOf(await trigger.poll())).toEqual(all.slice(0, 10));
		expect(idsOf(await trigger.poll())).toEqual(all.slice(10, 20));
		expect(idsOf(await trigger.poll())).toEqual(all.slice(20));
	});

	it('"Only New Events" skips the backlog and leaves it in the history', async () => {
		const backlog = addIds(60);
		const trigger = historyTrigger(emu, { firstActivation: 'onlyNew' });
		expect(await trigger.poll()).toEqual([]);

		const fresh = addIds(2);
		expect(idsOf(await trigger.poll())).toEqual(fresh);
		await trigger.poll();
		expect(idsOf(trigger.emitted)).toEqual(fresh);
		expect(historyIds(emu)).toEqual(backlog);
	});
});

it('a crash before n8n saved the static data re-emits the events and loses none', async () => {
	const first = addIds(5);
	const trigger = historyTrigger(emu);
	await trigger.poll();
	const second = addIds(3);
	// This poll acknowledges the first five and emits three, then n8n dies before saving.
	expect(idsOf(await trigger.poll({ stop: 'beforeSave' }))).toEqual(second);
	expect(historyIds(emu)).toEqual(second);

	expect(idsOf(await trigger.poll())).toEqual(second); // at least once
	await trigger.poll();
	expect(idsOf(trigger.emitted)).toEqual([...first, ...second, ...second]);
	expect(historyIds(emu)).toEqual([]);
});

it('a delete answered 503 is retried on the next poll, and the event is not emitted again', async () => {
	const ids = addIds(3);
	const trigger = historyTrigger(emu);
	await trigger.poll();
	emu.injectFault({ method: 'DELETE', path: `/webhooks/events/${ids[1]}`, kind: 'status', status: 503 });

	expect(await trigger.poll()).toEqual([]);
	expect(historyIds(emu)).toEqual([ids[1]]);
	emu.clearRequests();
	expect(await trigger.poll()).toEqual([]);
	expect(historyIds(emu)).toEqual([]);
	expect(emu.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([`/webhooks/events/${ids[1]}`]);
	expect(idsOf(trigger.emitted)).toEqual(ids);
});

it('acknowledging stops at a third of the poll budget n8n gives, and the next polls finish it', async () => {
	const ids = addIds(40);
	const trigger = historyTrigger(emu);
	await trigger.poll();

	await trigger.poll({ pollBudgetMs: 1 });
	expect(historyIds(emu).length).toBeGreaterThan(0);
	await trigger.poll();
	expect(historyIds(emu)).toEqual([]);
	expect(idsOf(trigger.emitted)).toEqual(ids);
});

it('with Acknowledge Events off nothing is deleted and nothing repeats', async () => {
	const ids = addIds(60);
	const trigger = historyTrigger(emu, { acknowledge: false });
	await trigger.poll();
	await trigger.poll();
	const more = addIds(2);
	await trigger.poll();

	expect(idsOf(trigger.emitted)).toEqual([...ids, ...more]);
	expect(requestCount(emu, 'DELETE')).toBe(0);
	expect(historyIds(emu)).toEqual([...ids, ...more]);
});

it('the seen state stays bounded in static data, and a poll with nothing new reads one page', async () => {
	addIds(2100);
	const trigger = historyTrigger(emu, { acknowledge: false, options: { maxEventsPerPoll: 10_000 } });
	await trigger.poll();
	const state = (trigger.spec.staticData['node:Pachca'] as IDataObject).eventHistory as { recent: string[]; floor: string };
	emu.clearRequests();

	expect(trigger.emitted).toHaveLength(2100);
	expect(state.recent).toHaveLength(2000);
	expect(await trigger.poll()).toEqual([]);
	expect(emu.requests).toHaveLength(1);
}, 60_000);

it('on an n8n whose poll context has no getPollBudgetMs the trigger polls and acknowledges as usual', async () => {
	const ids = addIds(3);
	const trigger = historyTrigger(emu);
	expect(idsOf(await trigger.poll({ withoutPollBudget: true }))).toEqual(ids);
	expect(await trigger.poll({ withoutPollBudget: true })).toEqual([]);
	expect(historyIds(emu)).toEqual([]);
});

it('turning Acknowledge Events off clears the deletes still pending, and deletes nothing more', async () => {
	const ids = addIds(3);
	const trigger = historyTrigger(emu);
	await trigger.poll();
	trigger.spec.parameters.acknowledge = false;
	emu.clearRequests();
	await trigger.poll({ stop: 'afterPoll' });
	addIds(1);
	await trigger.poll();

	const state = (trigger.spec.staticData['node:Pachca'] as IDataObject).eventHistory as { pending: string[] };
	expect(state.pending).toEqual([]);
	expect(requestCount(emu, 'DELETE')).toBe(0);
	expect(historyIds(emu)).toEqual(expect.arrayContaining(ids));
});
