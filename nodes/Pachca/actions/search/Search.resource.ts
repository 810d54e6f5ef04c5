import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as chats from './chats.operation';
import * as messages from './messages.operation';
import { SEARCH_ROUTES } from './routes';
import * as users from './users.operation';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['search'] } },
		options: [
			{ name: 'Chats', value: 'chats', description: 'Find channels, conversations and threads by name', action: 'Search chats' },
			{ name: 'Messages', value: 'messages', description: 'Find messages by their text', action: 'Search messages' },
			{ name: 'Users', value: 'users', description: 'Find people by name, email or title', action: 'Search users' },
		],
		default: 'messages',
	},
	...messages.description,
	...chats.description,
	...users.description,
];

export const search = {
	name: 'Search',
	value: 'search',
	description,
	operations: { chats, messages, users },
	routes: Object.values(SEARCH_ROUTES),
} satisfies ResourceDefinition;
