import type { INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, rl, runTask } from '../harness/fixtures/task';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const create = (additionalFields: INodeParameters): INodeParameters => ({ operation: 'create', kind: 'reminder', additionalFields });
const update = (updateFields: INodeParameters): INodeParameters => ({ operation: 'update', taskId: '22000', updateFields });

describe('Bad input is an error naming the parameter and the item, and nothing is sent', () => {
	it.each([
		['a Kind from an expression that is not one', { operation: 'create', kind: '={{ "todo" }}' }, 'Kind: expected one of "call", "email", "event", "meeting", "reminder", got "todo" (item 0)'],
		['a blank Text', create({ content: '={{ "  " }}' }), 'Text: is empty (item 0)'],
		['a Due Date that is not a date', create({ dueAt: 'next friday' }), 'Due Date: expected a date and time, got "next friday" (item 0)'],
		['a Due Date on 30 February', create({ dueAt: '2026-02-30T10:00:00' }), 'Due Date: expected a date and time, got "2026-02-30T10:00:00" (item 0)'],
		['a Priority of 5', create({ priority: '={{ 5 }}' }), 'Priority: expected a whole number from 1 to 3, got 5 (item 0)'],
		['Performer IDs that are nicknames', create({ performerIds: '12, olga' }), 'Performer IDs: expected positive numeric IDs, got "olga" (item 0)'],
		['empty Performer IDs', create({ performerIds: '' }), 'Performer IDs: is empty: give at least one user ID, or remove the field (item 0)'],
		['a Chat that is not an ID', create({ chatId: rl('id', '={{ "general" }}') }), 'Chat: expected a positive numeric ID, got "general" (item 0)'],
		['an All Day that is not a boolean', create({ allDay: '={{ "yes" }}' }), 'All Day: expected true or false, got "yes" (item 0)'],
		['a custom Property ID that is not an ID', create({ customProperties: { property: [{ id: 'city', value: 'Omsk' }] } }), 'Custom Properties: property 1: Property ID: expected a positive numeric ID, got "city" (item 0)'],
		['a custom Value that is an object', create({ customProperties: { property: [{ id: '7', value: '={{ {} }}' }] } }), 'Custom Properties: property 1: Value: expected text, got'],
		['a Task ID that is not a number', { operation: 'get', taskId: 'abc' }, 'Task ID: expected a positive numeric ID, got "abc" (item 0)'],
		['a Task ID expression that finds nothing', { operation: 'delete', taskId: '={{ $json.task }}' }, 'Task ID: expected a positive numeric ID, got'],
		['no Update Field at all', update({}), 'Update Fields: add at least one field to change (item 0)'],
		['a Status that is not one', update({ status: '={{ "closed" }}' }), 'Status: expected one of "done", "undone", got "closed" (item 0)'],
		['a Done At that is not a date', update({ doneAt: 'yesterday' }), 'Done At: expected a date and time, got "yesterday" (item 0)'],
		['an update Kind that is not one', update({ kind: '={{ "todo" }}' }), 'Kind: expected one of'],
		['a Limit of 0', { operation: 'getMany', returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
	])('%s', async (_case, parameters, message) => {
		const result = await runTask(emu, parameters);
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('A token without the scope is told which scope, and that a bot or a user token can hold it', () => {
	it('a bot token without tasks:create', async () => {
		const token = emu.createToken({ bot: true, scopes: ['tasks:read'] });
		const result = await runTask(emu, { operation: 'create', kind: 'reminder' }, [{}], { token });
		expect(result.error?.message).toContain('Pachca POST /tasks failed with 403');
		expect(result.error?.description).toBe(
			"The bot token lacks the scope \"tasks:create\", which a bot token or a user token can have. Grant it in the bot's API settings, then retry.",
		);
		expect(emu.state.tasks.size).toBe(0);
	});

	it('a user token without tasks:delete', async () => {
		const token = emu.createToken({ scopes: ['tasks:read'] });
		const result = await runTask(emu, { operation: 'delete', taskId: '22000' }, [{}], { token });
		expect(result.error?.description).toBe(
			"The user token lacks the scope \"tasks:delete\", which a bot token or a user token can have. Grant it in the token's settings (Automations → API), then retry.",
		);
	});
});
