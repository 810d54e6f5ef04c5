import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as getMany from './getMany.operation';
import { CUSTOM_PROPERTY_ROUTES } from './routes';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customProperty'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getMany',
				description: "List the workspace's custom fields of users or tasks",
				action: 'Get many custom properties',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
];

export const customProperty = {
	name: 'Custom Property',
	value: 'customProperty',
	description,
	operations: { getMany },
	routes: Object.values(CUSTOM_PROPERTY_ROUTES),
} satisfies ResourceDefinition;
