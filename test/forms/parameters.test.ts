// Form → Open and Form → Respond: the block builder builds every block type of the forms guide, and
// each bad input fails with an error naming its parameter before anything is sent.
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { clickFor, openForm } from '../harness/fixtures/form';
import { runResource } from '../harness/resource';

let emu: PachcaEmulator;
emulatorPerFile((started) => (emu = started));

const opens = () => emu.requests.filter((r) => r.path === '/views/open');
const json = (blocks: unknown): INodeParameters => ({ blocksJson: JSON.stringify(blocks) });
const input = (extra: IDataObject = {}) => ({ type: 'input', name: 'reason', label: 'Reason', ...extra });
const options = (n: number, extra: IDataObject = {}) => Array.from({ length: n }, (_, i) => ({ text: `Option ${i}`, value: `v${i}`, ...extra }));

describe('the block builder', () => {
	it('builds every block type as the spec names its fields, leaving out what is empty', async () => {
		const block = (fields: INodeParameters) => fields;
		const builder = {
			blocksMode: 'builder',
			blocks: {
				block: [
					block({ type: 'header', text: 'Time off' }),
					block({ type: 'plain_text', text: 'Fill in the form' }),
					block({ type: 'markdown', text: 'See **the rules**' }),
					block({ type: 'divider' }),
					block({ type: 'input', name: 'info', label: 'Info', required: true, placeholder: 'Where to', multiline: true, minLength: 10, maxLength: 500, hint: '' }),
					block({ type: 'select', name: 'team', label: 'Team', choices: { choice: [{ text: 'Ops', value: 'ops', chosen: true }, { text: 'Dev', value: 'dev' }] } }),
					block({ type: 'radio', name: 'reach', label: 'Reachable', choices: { choice: [{ text: 'Phone', value: 'phone', description: 'Calls only' }] } }),
					block({ type: 'checkbox', name: 'news', label: 'News', choices: { choice: [{ text: 'Tasks', value: 'tasks', chosen: true }] } }),
					block({ type: 'date', name: 'from', label: 'From', initialDate: '2025-07-01' }),
					block({ type: 'time', name: 'at', label: 'At', initialTime: '11:00' }),
					block({ type: 'file_input', name: 'doc', label: 'Document', fileTypes: 'pdf, .png', maxFiles: 2 }),
				],
			},
		};
		const result = await openForm(emu, await clickFor(emu), builder);
		expect(result.error).toBeUndefined();
		expect((opens()[0].body as { view: { blocks: unknown } }).view.blocks).toEqual([
			{ type: 'header', text: 'Time off' },
			{ type: 'plain_text', text: 'Fill in the form' },
			{ type: 'markdown', text: 'See **the rules**' },
			{ type: 'divider' },
			{ type: 'input', name: 'info', label: 'Info', required: true, placeholder: 'Where to', multiline: true, min_length: 10, max_length: 500 },
			{ type: 'select', name: 'team', label: 'Team', required: false, options: [{ text: 'Ops', value: 'ops', selected: true }, { text: 'Dev', value: 'dev' }] },
			{ type: 'radio', name: 'reach', label: 'Reachable', required: false, options: [{ text: 'Phone', value: 'phone', description: 'Calls only' }] },
			{ type: 'checkbox', name: 'news', label: 'News', required: false, options: [{ text: 'Tasks', value: 'tasks', checked: true }] },
			{ type: 'date', name: 'from', label: 'From', required: false, initial_date: '2025-07-01' },
			{ type: 'time', name: 'at', label: 'At', required: false, initial_time: '11:00' },
			{ type: 'file_input', name: 'doc', label: 'Document', required: false, filetypes: ['pdf', 'png'], max_files: 2 },
		]);
	});
});

describe('bad inputs of Form → Open: a clear error naming the parameter, nothing sent', () => {
	it.each<[string, INodeParameters, string]>([
		// n8n itself refuses a required field left empty; an expression that gives nothing reaches the node
		['empty Trigger ID', { triggerId: '={{ $json.trigger_id }}' }, 'Trigger ID: expected text, got undefined'],
		['blank Title', { formTitle: '={{ "  " }}' }, 'Title: is empty'],
		['Title over 24', { formTitle: 'x'.repeat(25) }, 'Title: 25 characters, at most 24 are allowed'],
		['Submit text over 24', { additionalFields: { submitText: 'x'.repeat(25) } }, 'Submit Button Text: 25 characters, at most 24 are allowed'],
		['Close text over 24', { additionalFields: { closeText: 'x'.repeat(25) } }, 'Close Button Text: 25 characters, at most 24 are allowed'],
		['Callback ID over 255', { additionalFields: { callbackId: 'x'.repeat(256) } }, 'Callback ID: 256 characters, at most 255 are allowed'],
		['metadata not JSON', { additionalFields: { privateMetadata: '{oops' } }, 'Private Metadata: expected valid JSON'],
		['metadata over 3000', { additionalFields: { privateMetadata: JSON.stringify({ t: 'x'.repeat(3000) }) } }, 'Private Metadata: 3008 characters as JSON, at most 3000 are allowed'],
		['blocks not JSON', { blocksJson: '[{' }, 'Blocks (JSON): expected valid JSON'],
		['blocks not a list', json({ type: 'divider' }), 'Blocks (JSON): expected a list of blocks, got an object'],
		['no blocks', json([]), 'Blocks (JSON): a form needs at least one block'],
		['101 blocks', json(Array.from({ length: 101 }, () => ({ type: 'divider' }))), 'Blocks (JSON): 101 blocks, at most 100 are allowed'],
		['unknown type', json([{ type: 'slider' }]), 'Blocks (JSON): block 1 (slider): type: expected one of "header"'],
		['header over 150', json([{ type: 'header', text: 'x'.repeat(151) }]), 'Blocks (JSON): block 1 (header): text: 151 characters, at most 150 are allowed'],
		['markdown empty', json([{ type: 'markdown', text: ' ' }]), 'Blocks (JSON): block 1 (markdown): text: is empty'],
		['label missing', json([{ type: 'input', name: 'a' }]), 'Blocks (JSON): block 1 (input "a"): label: expected text, got undefined'],
		['unknown field', json([input({ colour: 'red' })]), 'Blocks (JSON): block 1 (input "reason"): "colour" is not a field of a input block'],
		['min above max', json([input({ min_length: 10, max_length: 5 })]), 'Blocks (JSON): block 1 (input "reason"): min_length 10 is above max_length 5'],
		['max_length 0', json([input({ max_length: 0 })]), 'max_length: expected a whole number from 1 to 3000, got 0'],
		['two selected', json([{ type: 'select', name: 's', label: 'S', options: options(2, { selected: true }) }]), 'block 1 (select "s"): 2 options are selected, only one may be'],
		['11 radio options', json([{ type: 'radio', name: 'r', label: 'R', options: options(11) }]), 'block 1 (radio "r"): options: 11 options, at most 10 are allowed'],
		['select option with description', json([{ type: 'select', name: 's', label: 'S', options: options(1, { description: 'd' }) }]), '"description" is not a field of a select option'],
		['repeated option value', json([{ type: 'checkbox', name: 'c', label: 'C', options: [...options(1), ...options(1)] }]), 'option 2: value "v0" is used by an earlier option'],
		['bad date', json([{ type: 'date', name: 'd', label: 'D', initial_date: '2025-02-30' }]), 'initial_date: expected a date as YYYY-MM-DD, got "2025-02-30"'],
		['bad time', json([{ type: 'time', name: 't', label: 'T', initial_time: '25:00' }]), 'initial_time: expected a time as HH:mm, got "25:00"'],
		['11 files', json([{ type: 'file_input', name: 'f', label: 'F', max_files: 11 }]), 'max_files: expected a whole number from 1 to 10, got 11'],
		['repeated name', json([input(), input()]), 'Blocks (JSON): block 2 (input "reason"): name "reason" is already used by block 1'],
		['builder type not an option', { blocksMode: 'builder', blocks: { block: [{ type: 'slider' }] } }, 'Blocks: block 1: Type: expected one of'],
		['builder label empty', { blocksMode: 'builder', blocks: { block: [{ type: 'input', name: 'a', label: '' }] } }, 'Blocks: block 1 (input "a"): label: is empty'],
	])('%s', async (_case, parameters, message) => {
		const result = await openForm(emu, 'trigger-never-used', parameters);
		expect(result.error?.message).toContain(message);
		expect(result.error?.message).toMatch(/\(item 0\)$/);
		expect(opens()).toHaveLength(0);
	});
});

describe('bad inputs of Form → Respond', () => {
	const respond = (parameters: INodeParameters) => runResource(emu, 'form', { operation: 'respond', ...parameters });

	it.each<[string, INodeParameters, string]>([
		['no errors listed', { respondWith: 'errors', formErrors: {} }, 'Errors: give at least one error (or choose Close the Form)'],
		['an error without a field', { respondWith: 'errors', formErrors: { error: [{ field: '', message: 'x' }] } }, 'Errors: error 1: the field name is empty'],
		['an error without a message', { respondWith: 'errors', formErrors: { error: [{ field: 'a', message: '' }] } }, 'Errors: error 1: the message for "a": expected text, got ""'],
		['JSON not an object', { respondWith: 'errorsJson', formErrorsJson: '["a"]' }, 'Errors (JSON): expected an object {"field name": "text"}, got an array'],
		['JSON message not text', { respondWith: 'errorsJson', formErrorsJson: '{"a": 5}' }, 'Errors (JSON): error 1: the message for "a": expected text, got 5'],
	])('%s', async (_case, parameters, message) => {
		const result = await respond(parameters);
		expect(result.error?.message).toBe(`${message} (item 0)`);
	});

	it('outside a webhook-started run it answers nobody and says what it would have answered', async () => {
		const result = await respond({ respondWith: 'errors', formErrors: { error: [{ field: 'reason', message: 'Too short' }] } });
		expect(result.items.map((i) => i.json)).toEqual([{ form_answer: { status: 400, errors: { reason: 'Too short' } } }]);
		expect(emu.requests).toHaveLength(0);
	});
});
