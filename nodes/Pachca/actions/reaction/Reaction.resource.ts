import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import { REACTION_ROUTES } from './routes';
import * as add from './add.operation';
import * as getMany from './getMany.operation';
import * as remove from './remove.operation';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['reaction'] } },
		options: [
			{ name: 'Add', value: 'add', description: 'React to a message with an emoji', action: 'Add a reaction' },
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'Get who reacted to a message with which emoji',
				action: 'Get many reactions',
			},
			{ name: 'Remove', value: 'remove', description: 'Remove your reaction from a message', action: 'Remove a reaction' },
		],
		default: 'add',
	},
	...add.description,
	...remove.description,
	...getMany.description,
];

export const reaction = {
	name: 'Reaction',
	value: 'reaction',
	description,
	operations: { add, getMany, remove },
	routes: Object.values(REACTION_ROUTES),
} satisfies ResourceDefinition;
