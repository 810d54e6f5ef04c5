import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as getTokenInfo from './getTokenInfo.operation';
import { CREDENTIAL_ROUTES } from './routes';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['credential'] } },
		options: [
			{
				name: 'Get Token Info',
				value: 'getTokenInfo',
				description: "The credential's token: its scopes, whether it is a bot's or a person's, when it was last used",
				action: 'Get token info',
			},
		],
		default: 'getTokenInfo',
	},
	...getTokenInfo.description,
];

export const credential = {
	name: 'Credential',
	value: 'credential',
	description,
	operations: { getTokenInfo },
	routes: Object.values(CREDENTIAL_ROUTES),
} satisfies ResourceDefinition;
