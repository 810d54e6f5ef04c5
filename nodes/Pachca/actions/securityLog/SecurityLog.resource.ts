import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as getMany from './getMany.operation';
import { SECURITY_LOG_ROUTES } from './routes';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['securityLog'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getMany',
				description: "Get the workspace's security (audit) events (Owner's token, Corporation plan)",
				action: 'Get many security events',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
];

export const securityLog = {
	name: 'Security Log',
	value: 'securityLog',
	description,
	operations: { getMany },
	routes: Object.values(SECURITY_LOG_ROUTES),
} satisfies ResourceDefinition;
