import type { INodeProperties } from 'n8n-workflow';

/** The trigger's settings for Form Submitted (view.submit) events, which Pachca needs answered in 3 s. */
export const formProperties: INodeProperties[] = [
	{
		displayName: 'Form Answer',
		name: 'formAnswer',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'At Once',
				value: 'trigger',
				description: 'The trigger closes the form (200) as soon as it passes Form Validation; the workflow runs afterwards',
			},
			{
				name: "Using 'Form → Respond'",
				value: 'workflow',
				description:
					'A Pachca node (Form → Respond) in the workflow closes the form or shows errors; it must run within 3 s of the submission. Other events are still answered at once.',
			},
		],
		default: 'trigger',
		description:
			'How a submitted form (event Form Submitted) is answered. Pachca waits 3 seconds: 200 closes the form, 400 shows errors under its fields. Form Validation below is always checked first.',
	},
	{
		displayName: 'Form Validation',
		name: 'formValidation',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Rule',
		default: {},
		description:
			'Checks of submitted forms, answered at once: a form that fails any gets 400 with the messages under its fields, stays open, and nothing reaches the workflow',
		options: [
			{
				displayName: 'Rule',
				name: 'rule',
				values: [
					{
						displayName: 'Field Name',
						name: 'field',
						type: 'string',
						default: '',
						placeholder: 'e.g. reason',
						description: 'The field\'s name (block name) in the form',
					},
					{
						displayName: 'Max Length',
						name: 'maxLength',
						type: 'number',
						default: 0,
						description: 'Most characters of a text (or items of a list);	0:	no maximum',
					},
					{
						displayName: 'Max Value',
						name: 'maxValue',
						type: 'string',
						default: '',
						placeholder: 'e.g. 100 or 18:00',
						description: 'Largest number, date or time;	empty:	none',
					},
					{
						displayName: 'Message',
						name: 'message',
						type: 'string',
						default: '',
						description: 'Shown under the field when this rule fails;	empty:	a short message that says which check failed',
					},
					{
						displayName: 'Min Length',
						name: 'minLength',
						type: 'number',
						default: 0,
						description: 'Fewest characters of a text (or items of a list);	0:	no minimum',
					},
					{
						displayName: 'Min Value',
						name: 'minValue',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1 or 2025-01-01',
						description: 'Smallest number, date (YYYY-MM-DD) or time (HH:mm);	empty:	none',
					},
					{
						displayName: 'Only for Callback ID',
						name: 'callbackId',
						type: 'string',
						default: '',
						description: 'Check only forms opened with this Callback ID;	empty:	every form',
					},
					{
						displayName: 'Pattern',
						name: 'pattern',
						type: 'string',
						default: '',
						placeholder: 'e.g.	^[A-Z	]{2}-\\d+$',
						description: 'A regular expression a text value must match;	empty:	any',
					},
					{
						displayName: 'Required',
						name: 'required',
						type: 'boolean',
						default: false,
						description: 'Whether the field must not be empty',
					},
			],
			},
		],
	},
];
