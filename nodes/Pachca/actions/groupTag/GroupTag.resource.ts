import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getUsers from './getUsers.operation';
import { GROUP_TAG_ROUTES } from './routes';
import * as update from './update.operation';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['groupTag'] } },
		options: [
			{ name: 'Create', value: 'create', description: "Create a tag (admin's token)", action: 'Create a group tag' },
			{ name: 'Delete', value: 'delete', description: "Delete a tag for good (admin's token)", action: 'Delete a group tag' },
			{ name: 'Get', value: 'get', description: 'Get a tag and how many people have it', action: 'Get a group tag' },
			{ name: 'Get Many', value: 'getMany', description: "Get the workspace's tags", action: 'Get many group tags' },
			{ name: 'Get Users', value: 'getUsers', description: 'Get the people who have a tag', action: 'Get the users of a group tag' },
			{ name: 'Update', value: 'update', description: "Rename a tag (admin's token)", action: 'Update a group tag' },
		],
		default: 'get',
	},
	...get.description,
	...getMany.description,
	...getUsers.description,
	...create.description,
	...update.description,
	...del.description,
];

export const groupTag = {
	name: 'Group Tag',
	value: 'groupTag',
	description,
	operations: { create, delete: del, get, getMany, getUsers, update },
	routes: Object.values(GROUP_TAG_ROUTES),
} satisfies ResourceDefinition;
