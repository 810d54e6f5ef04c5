import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, runSecurityLog } from '../harness/fixtures/securityLog';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

describe('Bad input is an error naming the parameter and the item, and nothing is sent', () => {
	it.each([
		['a Limit of 0', { returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
		['a Return All that is not a boolean', { returnAll: '={{ "all" }}' }, 'Return All: expected true or false, got "all" (item 0)'],
		['a Start Time that is not a date', { filters: { startTime: 'last week' } }, 'Start Time: expected a date and time, got "last week" (item 0)'],
		['an End Time that does not exist', { filters: { endTime: '2025-02-30' } }, 'End Time: expected a date and time, got "2025-02-30" (item 0)'],
		[
			'a Start Time after the End Time',
			{ filters: { startTime: '2025-05-02T00:00:00Z', endTime: '2025-05-01T00:00:00Z' } },
			'Start Time: 2025-05-02T00:00:00.000Z is later than End Time (2025-05-01T00:00:00.000Z) (item 0)',
		],
		['an Event that is not one', { filters: { eventKey: 'login' } }, 'Event: expected one of'],
		['an Actor ID that is blank', { filters: { actorId: '   ' } }, 'Actor ID: is blank: give a value or remove the filter (item 0)'],
		['an Actor Type from an expression that finds nothing', { filters: { actorType: '={{ $json.missing }}' } }, 'Actor Type: expected text, got undefined (item 0)'],
		['an Entity ID that is an object', { filters: { entityId: '={{ { id: 1 } }}' } }, 'Entity ID: expected text, got'],
		['an Entity Type that is blank', { filters: { entityType: ' ' } }, 'Entity Type: is blank: give a value or remove the filter (item 0)'],
	])('%s', async (_case, parameters, message) => {
		const result = await runSecurityLog(emu, parameters);
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});
