// Event History → Delete and Delete Many: ULIDs checked before anything is sent, Continue On Fail per ID.
import type { HistoryEvent, PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { requestsTo } from '../harness/fixtures/message';
import { historyIds, runEventHistory } from '../harness/fixtures/eventHistory';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	emu.addChat({ name: 'History', memberIds: [13] });
});

let events: HistoryEvent[];
beforeEach(() => {
	emu.state.history.set(emu.botId, []);
	events = emu.addEvents(5);
});

const deletes = () => requestsTo(emu, 'DELETE', /^\/webhooks\/events\//).map((request) => request.path.split('/').pop());

describe('Delete', () => {
	it('deletes the event by its ULID (typed in lower case too)', async () => {
		const result = await runEventHistory(emu, { operation: 'delete', eventId: ` ${events[1].id.toLowerCase()} ` });

		expect(result.items).toEqual([{ json: { success: true, id: events[1].id }, pairedItem: { item: 0 } }]);
		expect(deletes()).toEqual([events[1].id]);
		expect(historyIds(emu)).not.toContain(events[1].id);
	});

	it.each([
		['a message ID', 100123, '100123'],
		['a 25-character ID', '01KAJZ2XDSS2S3DSW9EXJZ0TB', '"01KAJZ2XDSS2S3DSW9EXJZ0TB"'],
		['a ULID with a letter outside base 32', '01KAJZ2XDSS2S3DSW9EXJZ0TBU', '"01KAJZ2XDSS2S3DSW9EXJZ0TBU"'],
		['an expression that gives nothing', '={{ "" }}', '""'],
	])('%s is an error naming Event ID and the item, and nothing is sent', async (_what, eventId, shown) => {
		const result = await runEventHistory(emu, { operation: 'delete', eventId });

		expect(result.error?.message).toBe(`Event ID: expected an event ID (a 26-character ULID), got ${shown} (item 0)`);
		expect(deletes()).toEqual([]);
	});

	it('with Continue On Fail a bad item becomes an error item and the others are deleted', async () => {
		const result = await runEventHistory(
			emu,
			{ operation: 'delete', eventId: '={{ $json.id }}' },
			[{ id: events[0].id }, { id: 'not-a-ulid' }, { id: events[2].id }],
			{ continueOnFail: true },
		);

		expect(result.items.map((item) => item.json)).toEqual([
			{ success: true, id: events[0].id },
			{ error: 'Event ID: expected an event ID (a 26-character ULID), got "not-a-ulid" (item 1)' },
			{ success: true, id: events[2].id },
		]);
		expect(deletes()).toEqual([events[0].id, events[2].id]);
	});

	it('an event that is not in the history is a 404 error', async () => {
		const result = await runEventHistory(emu, { operation: 'delete', eventId: '01KAJZ2XDSS2S3DSW9EXJZ0TBV' });

		expect(result.error?.message).toContain('404');
	});
});

describe('Delete Many', () => {
	it('deletes a list of IDs, each once, in any separator', async () => {
		const list = `${events[0].id}, ${events[1].id}\n${events[3].id} ${events[0].id}`;
		const result = await runEventHistory(emu, { operation: 'deleteMany', source: 'list', eventIds: list });

		expect(result.items.map((item) => item.json)).toEqual([0, 1, 3].map((i) => ({ success: true, id: events[i].id })));
		expect(historyIds(emu)).toEqual([events[2].id, events[4].id]);
	});

	it('a malformed ID anywhere in the list sends nothing', async () => {
		const result = await runEventHistory(emu, {
			operation: 'deleteMany',
			source: 'list',
			eventIds: `${events[0].id}, 42`,
		});

		expect(result.error?.message).toBe('Event IDs: expected an event ID (a 26-character ULID), got "42" (item 0)');
		expect(deletes()).toEqual([]);
	});

	it('deletes the events of input items from Get Many, whole or payload only', async () => {
		const whole = await runEventHistory(emu, { operation: 'getMany', returnAll: false, limit: 2 });
		const payloads = await runEventHistory(emu, {
			operation: 'getMany',
			returnAll: true,
			options: { payloadOnly: true },
		});
		const input = [whole.items[0].json, payloads.items[0].json];
		const result = await runEventHistory(emu, { operation: 'deleteMany', source: 'input' }, input);

		expect(result.items).toEqual([
			{ json: { success: true, id: events[3].id }, pairedItem: { item: 0 } },
			{ json: { success: true, id: events[0].id }, pairedItem: { item: 1 } },
		]);
		expect(historyIds(emu)).toEqual([events[1].id, events[2].id, events[4].id]);
	});

	it('an input item without an event ID is an error naming the item, and nothing is sent for it', async () => {
		const result = await runEventHistory(emu, { operation: 'deleteMany', source: 'input' }, [{ id: 100001, content: 'hi' }]);

		expect(result.error?.message).toBe(
			'Events to Delete: expected an input item with an event_id or id that is an event ID (ULID), got 100001 (item 0)',
		);
		expect(deletes()).toEqual([]);
	});

	it('with Continue On Fail a failed ID becomes its own error item and the rest are deleted', async () => {
		emu.injectFault({ method: 'DELETE', path: `/webhooks/events/${events[1].id}`, kind: 'status', status: 403 });
		const list = [events[0].id, events[1].id, events[2].id].join(',');
		const result = await runEventHistory(emu, { operation: 'deleteMany', source: 'list', eventIds: list }, [{}], {
			continueOnFail: true,
		});

		expect(result.items.map((item) => item.json)).toEqual([
			{ success: true, id: events[0].id },
			{ success: false, id: events[1].id, error: expect.stringContaining('403') },
			{ success: true, id: events[2].id },
		]);
		expect(historyIds(emu)).toEqual([events[1].id, events[3].id, events[4].id]);
	});

	it('without Continue On Fail the first failed ID stops the node', async () => {
		emu.injectFault({ method: 'DELETE', path: `/webhooks/events/${events[1].id}`, kind: 'status', status: 403, times: 1 });
		const list = [events[1].id, events[0].id].join(',');
		const result = await runEventHistory(emu, { operation: 'deleteMany', source: 'list', eventIds: list });

		expect(result.error?.message).toContain('403');
		expect(deletes()).toEqual([events[1].id]);
	});

	it('an event that is already gone (404) is a success with already_deleted: true', async () => {
		const list = ['01KAJZ2XDSS2S3DSW9EXJZ0TBV', events[0].id].join(',');
		const result = await runEventHistory(emu, { operation: 'deleteMany', source: 'list', eventIds: list });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([
			{ success: true, id: '01KAJZ2XDSS2S3DSW9EXJZ0TBV', already_deleted: true },
			{ success: true, id: events[0].id },
		]);
	});

	it('a typed list runs once however many input items come in', async () => {
		const list = [events[0].id, events[1].id].join(',');
		const result = await runEventHistory(emu, { operation: 'deleteMany', source: 'list', eventIds: list }, [{ a: 1 }, { a: 2 }, { a: 3 }]);

		expect(result.error).toBeUndefined();
		expect(deletes()).toEqual([events[0].id, events[1].id]);
		expect(result.items.map((item) => item.json)).toEqual([0, 1].map((i) => ({ success: true, id: events[i].id })));
	});

	it('Events to Delete given as an expression runs (n8n does not ask for another operation’s Message)', async () => {
		const result = await runEventHistory(emu, { operation: 'deleteMany', source: '={{ "list" }}', eventIds: events[2].id });

		expect(result.error).toBeUndefined();
		expect(deletes()).toEqual([events[2].id]);
	});

	it('a list mapped from each item runs per item', async () => {
		const result = await runEventHistory(emu, { operation: 'deleteMany', source: 'list', eventIds: '={{ $json.event }}' }, [
			{ event: events[0].id },
			{ event: events[1].id },
		]);

		expect(result.error).toBeUndefined();
		expect(deletes()).toEqual([events[0].id, events[1].id]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('a delete answered 503 whose retry finds the event gone counts as deleted', async () => {
		// The 503 came after Pachca deleted the event: the retry's 404 means the first attempt worked.
		emu.state.history.get(emu.botId)!.splice(0, 1);
		emu.injectFault({ method: 'DELETE', path: `/webhooks/events/${events[0].id}`, kind: 'status', status: 503 });
		const result = await runEventHistory(emu, { operation: 'deleteMany', source: 'list', eventIds: events[0].id });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([{ success: true, id: events[0].id }]);
		expect(requestsTo(emu, 'DELETE', `/webhooks/events/${events[0].id}`).map((r) => r.status)).toEqual([503, 404]);
	});
});
