import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as archive from './archive.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as leave from './leave.operation';
import * as unarchive from './unarchive.operation';
import * as update from './update.operation';
import { CHAT_ROUTES } from './routes';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['chat'] } },
		options: [
			{ name: 'Archive', value: 'archive', description: 'Move a chat to the archive', action: 'Archive a chat' },
			{ name: 'Create', value: 'create', description: 'Create a group chat or a channel', action: 'Create a chat' },
			{ name: 'Get', value: 'get', description: 'Get a chat', action: 'Get a chat' },
			{ name: 'Get Many', value: 'getMany', description: 'List chats, filtered and sorted', action: 'Get many chats' },
			{ name: 'Leave', value: 'leave', description: 'Leave a conversation or channel', action: 'Leave a chat' },
			{ name: 'Unarchive', value: 'unarchive', description: 'Bring a chat back from the archive', action: 'Unarchive a chat' },
			{ name: 'Update', value: 'update', description: "Change a chat's name or openness", action: 'Update a chat' },
		],
		default: 'get',
	},
	...get.description,
	...getMany.description,
	...create.description,
	...update.description,
	...archive.description,
	...unarchive.description,
	...leave.description,
];

export const chat = {
	name: 'Chat',
	value: 'chat',
	description,
	operations: { archive, create, get, getMany, leave, unarchive, update },
	routes: Object.values(CHAT_ROUTES),
} satisfies ResourceDefinition;
