import type { INodeProperties } from 'n8n-workflow';

const TEXT_TYPES = ['header', 'plain_text', 'markdown'];
const FIELD_TYPES = ['input', 'select', 'radio', 'checkbox', 'date', 'time', 'file_input'];
const LIST_TYPES = ['select', 'radio', 'checkbox'];

const forTypes = (types: string[]) => ({ displayOptions: { show: { type: types } } });

/** One option of a Select, Radio or Checkbox block. */
const choices: INodeProperties = {
	displayName: 'Options',
	name: 'choices',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Option',
	default: {},
	description: 'Up to 100 options in a Select, 10 in Radio or Checkboxes',
	...forTypes(LIST_TYPES),
	options: [
		{
			displayName: 'Option',
			name: 'choice',
			values: [
				{ displayName: 'Text', name: 'text', type: 'string', default: '', description: 'Shown to the user, up to 75 characters' },
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description: 'What the form submission carries when this option is chosen, up to 150 characters',
				},
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
					description: 'Grey text under the option (Radio and Checkboxes only), up to 75 characters',
				},
				{
					displayName: 'Chosen From the Start',
					name: 'chosen',
					type: 'boolean',
					default: false,
					description: 'Whether the option is selected (checked) when the form opens; one at most in a Select or Radio',
				},
			],
		},
	],
};

const block: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Checkboxes', value: 'checkbox', description: 'Several options, any number chosen' },
			{ name: 'Date', value: 'date', description: 'A date picker' },
			{ name: 'Divider', value: 'divider', description: 'A line between blocks' },
			{ name: 'File Upload', value: 'file_input', description: 'Up to 10 files' },
			{ name: 'Header', value: 'header', description: 'A heading' },
			{ name: 'Markdown', value: 'markdown', description: 'Formatted text' },
			{ name: 'Plain Text', value: 'plain_text', description: 'Text as it is' },
			{ name: 'Radio Buttons', value: 'radio', description: 'Several options, one chosen' },
			{ name: 'Select', value: 'select', description: 'A drop-down list, one chosen' },
			{ name: 'Text Input', value: 'input', description: 'A line or several lines of text' },
			{ name: 'Time', value: 'time', description: 'A time picker' },
		],
		default: 'input',
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Up to 150 characters in a Header, 12000 in Plain Text or Markdown',
		...forTypes(TEXT_TYPES),
	},
	{
		displayName: 'Field Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. reason',
		description: "The key of this field's value in the submission (and in validation errors), unique in the form",
		...forTypes(FIELD_TYPES),
	},
	{ displayName: 'Label', name: 'label', type: 'string', default: '', description: 'Up to 150 characters', ...forTypes(FIELD_TYPES) },
	{ displayName: 'Required', name: 'required', type: 'boolean', default: false, description: 'Whether the user must fill it in', ...forTypes(FIELD_TYPES) },
	{ displayName: 'Hint', name: 'hint', type: 'string', default: '', description: 'Grey text under the field, up to 2000 characters', ...forTypes(FIELD_TYPES) },
	{ displayName: 'Placeholder', name: 'placeholder', type: 'string', default: '', description: 'Shown while the field is empty, up to 150 characters', ...forTypes(['input']) },
	{ displayName: 'Multiline', name: 'multiline', type: 'boolean', default: false, description: 'Whether the field takes several lines', ...forTypes(['input']) },
	{ displayName: 'Initial Value', name: 'initialValue', type: 'string', default: '', description: 'Up to 3000 characters', ...forTypes(['input']) },
	{ displayName: 'Min Length', name: 'minLength', type: 'number', typeOptions: { minValue: 0, maxValue: 3000 }, default: 0, description: '0: no minimum', ...forTypes(['input']) },
	{ displayName: 'Max Length', name: 'maxLength', type: 'number', typeOptions: { minValue: 0, maxValue: 3000 }, default: 0, description: '0: no maximum (Pachca allows up to 3000)', ...forTypes(['input']) },
	choices,
	{ displayName: 'Initial Date', name: 'initialDate', type: 'string', default: '', placeholder: 'e.g. 2025-07-01', description: 'YYYY-MM-DD', ...forTypes(['date']) },
	{ displayName: 'Initial Time', name: 'initialTime', type: 'string', default: '', placeholder: 'e.g. 11:00', description: 'HH:mm', ...forTypes(['time']) },
	{ displayName: 'File Types', name: 'fileTypes', type: 'string', default: '', placeholder: 'e.g. pdf, png', description: 'Comma-separated extensions; empty: any file', ...forTypes(['file_input']) },
	{ displayName: 'Max Files', name: 'maxFiles', type: 'number', typeOptions: { minValue: 1, maxValue: 10 }, default: 10, ...forTypes(['file_input']) },
];

/** The form's blocks: built field by field, or given as JSON. */
export const blocksProperties: INodeProperties[] = [
	{
		displayName: 'Define Blocks',
		name: 'blocksMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Using Fields Below', value: 'builder', description: 'Build the blocks one by one' },
			{ name: 'Using JSON', value: 'json', description: 'Give the blocks as JSON (the spec\'s view.blocks), or as an expression that returns them' },
		],
		default: 'builder',
	},
	{
		displayName: 'Blocks',
		name: 'blocks',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Block',
		default: {},
		description: 'Up to 100 blocks, shown top to bottom',
		displayOptions: { show: { blocksMode: ['builder'] } },
		options: [{ displayName: 'Block', name: 'block', values: block }],
	},
	{
		displayName: 'Blocks (JSON)',
		name: 'blocksJson',
		type: 'json',
		default: '[]',
		description: 'A list of blocks as in Pachca\'s forms guide: header, plain_text, markdown, divider, input, select, radio, checkbox, date, time, file_input',
		hint: '[{"type": "input", "name": "reason", "label": "Reason", "required": true}]',
		displayOptions: { show: { blocksMode: ['json'] } },
	},
];
