import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as add from './add.operation';
import * as addGroupTags from './addGroupTags.operation';
import * as getMany from './getMany.operation';
import * as remove from './remove.operation';
import * as removeGroupTag from './removeGroupTag.operation';
import * as updateRole from './updateRole.operation';
import { CHAT_MEMBER_ROUTES } from './routes';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['chatMember'] } },
		options: [
			{ name: 'Add', value: 'add', description: 'Add users or bots to a chat', action: 'Add chat members' },
			{ name: 'Add Group Tags', value: 'addGroupTags', description: "Add group tags' members to a chat", action: 'Add group tags to a chat' },
			{ name: 'Get Many', value: 'getMany', description: "List a chat's members", action: 'Get many chat members' },
			{ name: 'Remove', value: 'remove', description: 'Remove a member from a chat', action: 'Remove a chat member' },
			{ name: 'Remove Group Tag', value: 'removeGroupTag', description: 'Remove a group tag from a chat', action: 'Remove a group tag from a chat' },
			{ name: 'Update Role', value: 'updateRole', description: "Change a member's role in a chat", action: 'Update a chat member role' },
		],
		default: 'getMany',
	},
	...getMany.description,
	...add.description,
	...remove.description,
	...updateRole.description,
	...addGroupTags.description,
	...removeGroupTag.description,
];

export const chatMember = {
	name: 'Chat Member',
	value: 'chatMember',
	description,
	operations: { add, addGroupTags, getMany, remove, removeGroupTag, updateRole },
	routes: Object.values(CHAT_MEMBER_ROUTES),
} satisfies ResourceDefinition;
