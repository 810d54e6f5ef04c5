import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as get from './get.operation';
import { profilePeopleOperations as people } from './people';
import { PROFILE_ROUTES } from './routes';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['profile'] } },
		options: [
			{ name: 'Delete Avatar', value: 'deleteAvatar', description: 'Remove your own avatar', action: 'Delete own avatar' },
			{ name: 'Delete Status', value: 'deleteStatus', description: 'Clear your own status', action: 'Delete own status' },
			{ name: 'Get', value: 'get', description: "Get the token owner's profile", action: 'Get own profile' },
			{ name: 'Get Status', value: 'getStatus', description: 'Get your own status', action: 'Get own status' },
			{ name: 'Update Avatar', value: 'updateAvatar', description: 'Set your own avatar from an input image', action: 'Update own avatar' },
			{ name: 'Update Status', value: 'updateStatus', description: 'Set your own status', action: 'Update own status' },
		],
		default: 'get',
	},
	...get.description,
	...people.getStatus.description,
	...people.updateStatus.description,
	...people.deleteStatus.description,
	...people.updateAvatar.description,
	...people.deleteAvatar.description,
];

export const profile = {
	name: 'Profile',
	value: 'profile',
	description,
	operations: { get, ...people },
	routes: Object.values(PROFILE_ROUTES),
} satisfies ResourceDefinition;
