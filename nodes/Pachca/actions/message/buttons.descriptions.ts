import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

const BUILDER: INodePropertyOptions = {
	name: 'Using Fields Below',
	value: 'builder',
	description: 'Build rows of buttons field by field',
};

const JSON_MODE: INodePropertyOptions = {
	name: 'Using JSON',
	value: 'json',
	description: 'Give the rows as JSON, or as an expression that returns them',
};

const buttonRows: INodeProperties = {
	displayName: 'Button Rows',
	name: 'buttonRows',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Row',
	default: {},
	description: 'Rows of buttons under the message: up to 8 buttons a row, 100 in all',
	displayOptions: { show: { buttonsMode: ['builder'] } },
	options: [
		{
			displayName: 'Row',
			name: 'rows',
			values: [
				{
					displayName: 'Buttons',
					name: 'buttons',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true, sortable: true },
					placeholder: 'Add Button',
					default: {},
					options: [
						{
							displayName: 'Button',
							name: 'button',
							values: [
								{
									displayName: 'Text',
									name: 'text',
									type: 'string',
									default: '',
									placeholder: 'e.g. Approve',
									description: 'Button label, up to 255 characters',
								},
								{
									displayName: 'Type',
									name: 'type',
									type: 'options',
									options: [
										{
											name: 'Data',
											value: 'data',
											description: 'Pachca sends a button-click webhook with this data to the bot',
										},
										{ name: 'URL', value: 'url', description: 'Opens a link' },
									],
									default: 'data',
								},
								{
									displayName: 'Data',
									name: 'data',
									type: 'string',
									default: '',
									placeholder: 'e.g. approve:4512',
									description: 'Sent in the button-click webhook, up to 255 characters',
									displayOptions: { show: { type: ['data'] } },
								},
								{
									displayName: 'URL',
									name: 'url',
									type: 'string',
									default: '',
									placeholder: 'e.g. https://example.com/orders/4512',
									description: 'An http:// or https:// link to open',
									displayOptions: { show: { type: ['url'] } },
								},
							],
						},
					],
				},
			],
		},
	],
};

const buttonsJson: INodeProperties = {
	displayName: 'Buttons (JSON)',
	name: 'buttonsJson',
	type: 'json',
	default: '[]',
	description:
		'An array of rows, each an array of buttons: every button has "text" and either "data" (a Data button) or a link. An expression that returns the array works too.',
	hint: '[[{"text": "Approve", "data": "approve"}, {"text": "Details", "url": "https://example.com/orders/4512"}]]',
	displayOptions: { show: { buttonsMode: ['json'] } },
};

const MODE_DESCRIPTION = 'Buttons under the message: links, or Data buttons that send a button-click webhook';

/** A new message has no buttons by default. */
export const newButtonsProperties: INodeProperties[] = [
	{
		displayName: 'Buttons',
		name: 'buttonsMode',
		type: 'options',
		noDataExpression: true,
		description: MODE_DESCRIPTION,
		options: [{ name: 'None', value: 'none', description: 'No buttons' }, BUILDER, JSON_MODE],
		default: 'none',
	},
	buttonRows,
	buttonsJson,
];

/** An update keeps the current buttons by default, and can also remove them all (it sends `[]`). */
export const updateButtonsProperties: INodeProperties[] = [
	{
		displayName: 'Buttons',
		name: 'buttonsMode',
		type: 'options',
		noDataExpression: true,
		description: `${MODE_DESCRIPTION}. Keep Current leaves them as they are.`,
		options: [
			{ name: 'Keep Current', value: 'keep', description: 'Leave the buttons as they are' },
			{ name: 'Remove All', value: 'remove', description: 'Remove every button from the message' },
			BUILDER,
			JSON_MODE,
		],
		default: 'keep',
	},
	buttonRows,
	buttonsJson,
];
