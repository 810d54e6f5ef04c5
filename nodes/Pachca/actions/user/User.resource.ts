import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import { userPeopleOperations as people } from './people';
import { USER_ROUTES } from './routes';
import * as update from './update.operation';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a user and invite them (admin token)', action: 'Create a user' },
			{ name: 'Delete', value: 'delete', description: 'Delete a user for good (admin token)', action: 'Delete a user' },
			{ name: 'Delete Avatar', value: 'deleteAvatar', description: "Remove a user's avatar (admin token)", action: 'Delete user avatar' },
			{ name: 'Delete Status', value: 'deleteStatus', description: "Clear a user's status (admin token)", action: 'Delete user status' },
			{ name: 'Get', value: 'get', description: 'Get a user', action: 'Get a user' },
			{ name: 'Get Many', value: 'getMany', description: 'List or search the workspace’s users', action: 'Get many users' },
			{ name: 'Get Status', value: 'getStatus', description: "Get a user's status", action: 'Get user status' },
			{ name: 'Update', value: 'update', description: "Change a user's fields (admin token)", action: 'Update a user' },
			{
				name: 'Update Avatar',
				value: 'updateAvatar',
				description: "Set a user's avatar from an input image (admin token)",
				action: 'Update user avatar',
			},
			{ name: 'Update Status', value: 'updateStatus', description: "Set a user's status (admin token)", action: 'Update user status' },
		],
		default: 'get',
	},
	...get.description,
	...getMany.description,
	...create.description,
	...update.description,
	...del.description,
	...people.getStatus.description,
	...people.updateStatus.description,
	...people.deleteStatus.description,
	...people.updateAvatar.description,
	...people.deleteAvatar.description,
];

export const user = {
	name: 'User',
	value: 'user',
	description,
	operations: { create, delete: del, get, getMany, update, ...people },
	routes: Object.values(USER_ROUTES),
} satisfies ResourceDefinition;
