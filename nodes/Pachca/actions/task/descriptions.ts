import type { INodeProperties } from 'n8n-workflow';

import { chatLocator } from '../common.descriptions';

export const taskIdProperty: INodeProperties = {
	displayName: 'Task ID',
	name: 'taskId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 22283',
	description: "The task's ID (the ID of a task from Create or Get Many)",
};

/** TaskKind, as the spec's x-enum-descriptions explain it. */
export const kindProperty: INodeProperties = {
	displayName: 'Kind',
	name: 'kind',
	type: 'options',
	options: [
		{ name: 'Call', value: 'call', description: 'Call a contact' },
		{ name: 'Email', value: 'email', description: 'Write an email' },
		{ name: 'Event', value: 'event' },
		{ name: 'Meeting', value: 'meeting' },
		{ name: 'Reminder', value: 'reminder', description: 'A plain reminder' },
	],
	default: 'reminder',
	description: 'The kind of task; without a Text, its name is the task\'s text',
};

const dueAt: INodeProperties = {
	displayName: 'Due Date',
	name: 'dueAt',
	type: 'dateTime',
	default: '',
	description:
		"When the task is due. A date and time without an offset is wall time in the workflow's timezone (Workflow Settings → Timezone); 23:59:59 makes it an all-day task.",
};

const common: Record<string, INodeProperties> = {
	allDay: { displayName: 'All Day', name: 'allDay', type: 'boolean', default: false, description: 'Whether the task is for the whole day, without a time' },
	customProperties: {
		displayName: 'Custom Properties',
		name: 'customProperties',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Property',
		default: {},
		description: "Values of the workspace's custom task fields (their IDs: Custom Property → Get Many)",
		options: [
			{
				displayName: 'Property',
				name: 'property',
				values: [
					{ displayName: 'Property ID', name: 'id', type: 'string', default: '', placeholder: 'e.g. 78' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. Blue warehouse' },
				],
			},
		],
	},
	dueAt,
	performerIds: {
		displayName: 'Performer IDs',
		name: 'performerIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12, 13',
		description: 'User IDs of the people responsible, separated by commas (Pachca: you, when none are given)',
	},
	priority: {
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		options: [
			{ name: 'Normal', value: 1 },
			{ name: 'Important', value: 2 },
			{ name: 'Very Important', value: 3 },
		],
		default: 1,
	},
	content: { displayName: 'Text', name: 'content', type: 'string', default: '', typeOptions: { rows: 2 }, description: "The task's text" },
};

/** Create's Additional Fields (TaskCreateRequest beyond `kind`), sorted as the editor lists them. */
export const createFields: INodeProperties[] = [
	common.allDay,
	{ ...chatLocator, required: false, description: 'The chat the task belongs to (you must be a member)' },
	common.customProperties,
	common.dueAt,
	common.performerIds,
	common.priority,
	common.content,
];

/** Update's fields (TaskUpdateRequest): only those added are sent. */
export const updateFields: INodeProperties[] = [
	common.allDay,
	common.customProperties,
	{
		displayName: 'Done At',
		name: 'doneAt',
		type: 'dateTime',
		default: '',
		description: "When the task was done; without an offset, wall time in the workflow's timezone (sent in UTC)",
	},
	common.dueAt,
	kindProperty,
	common.performerIds,
	common.priority,
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Done', value: 'done' },
			{ name: 'Not Done', value: 'undone' },
		],
		default: 'done',
	},
	common.content,
];
