import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import { EVENT_HISTORY_ROUTES } from './routes';
import * as del from './delete.operation';
import * as deleteMany from './deleteMany.operation';
import * as getMany from './getMany.operation';


const description: INodeProperties[] = [
	{
		displayName:
			'The history holds the events of the bot whose token the credential uses, when "Save event history" is on in the bot\'s Outgoing webhook tab. Deleting needs a bot token.',
		name: 'eventHistoryNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['eventHistory'] } },
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['eventHistory'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				description: "Delete one event from the bot's history",
				action: 'Delete an event',
			},
			{
				name: 'Delete Many',
				value: 'deleteMany',
				description: "Delete a list of events, or the events of the input items, from the bot's history",
				action: 'Delete many events',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: "Get the events stored in the bot's history",
				action: 'Get many events',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
	...del.description,
	...deleteMany.description,
];

export const eventHistory = {
	name: 'Event History',
	value: 'eventHistory',
	description,
	operations: { delete: del, deleteMany, getMany },
	routes: Object.values(EVENT_HISTORY_ROUTES),
} satisfies ResourceDefinition;
