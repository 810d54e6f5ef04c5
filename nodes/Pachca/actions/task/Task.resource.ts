import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import { TASK_ROUTES } from './routes';
import * as update from './update.operation';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a task (reminder) for you or others', action: 'Create a task' },
			{ name: 'Delete', value: 'delete', description: 'Delete a task', action: 'Delete a task' },
			{ name: 'Get', value: 'get', description: 'Get a task', action: 'Get a task' },
			{ name: 'Get Many', value: 'getMany', description: 'Get your tasks', action: 'Get many tasks' },
			{ name: 'Update', value: 'update', description: 'Change a task, or mark it done', action: 'Update a task' },
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...getMany.description,
	...update.description,
	...del.description,
];

export const task = {
	name: 'Task',
	value: 'task',
	description,
	operations: { create, delete: del, get, getMany, update },
	routes: Object.values(TASK_ROUTES),
} satisfies ResourceDefinition;
