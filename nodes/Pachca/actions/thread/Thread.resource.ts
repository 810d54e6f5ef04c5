import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import { THREAD_ROUTES } from './routes';
import * as create from './create.operation';
import * as createStandalone from './createStandalone.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['thread'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: "Open a message's thread, or get the one it already has",
				action: 'Create a thread on a message',
			},
			{
				name: 'Create Standalone',
				value: 'createStandalone',
				description: 'Create a thread tied to no message',
				action: 'Create a standalone thread',
			},
			{ name: 'Get', value: 'get', description: 'Get a thread by ID or by its message link', action: 'Get a thread' },
			{ name: 'Get Many', value: 'getMany', description: 'Get the threads the token may see', action: 'Get many threads' },
		],
		default: 'create',
	},
	...create.description,
	...createStandalone.description,
	...get.description,
	...getMany.description,
];

export const thread = {
	name: 'Thread',
	value: 'thread',
	description,
	operations: { create, createStandalone, get, getMany },
	routes: Object.values(THREAD_ROUTES),
} satisfies ResourceDefinition;
