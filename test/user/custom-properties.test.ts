import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, requestsTo, runPeople } from '../harness/fixtures/user';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

describe('Custom Property → Get Many', () => {
	it.each([
		['User', [{ id: 1678, name: 'City', data_type: 'string' }, { id: 1679, name: 'Start date', data_type: 'date' }]],
		['Task', [{ id: 1680, name: 'Budget', data_type: 'number' }]],
	])('lists the %s properties, one item each', async (entityType, expected) => {
		const result = await runPeople(emu, 'customProperty', { operation: 'getMany', entityType }, { token: emu.botToken });

		expect(result.items.map((item) => item.json)).toEqual(expected);
		expect(requestsTo(emu, 'GET', '/custom_properties')[0].query).toEqual({ entity_type: entityType });
	});
});
