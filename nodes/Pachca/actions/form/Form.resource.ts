import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as open from './open.operation';
import * as respond from './respond.operation';
import { FORM_ROUTES } from './routes';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['form'] } },
		options: [
			{
				name: 'Open',
				value: 'open',
				description: 'Open a form (modal) for the user who clicked a Data button',
				action: 'Open a form',
			},
			{
				name: 'Respond',
				value: 'respond',
				description: 'Answer a submitted form: close it, or show errors under its fields',
				action: 'Respond to a submitted form',
			},
		],
		default: 'open',
	},
	...open.description,
	...respond.description,
];

export const form = {
	name: 'Form',
	value: 'form',
	description,
	operations: { open, respond },
	routes: Object.values(FORM_ROUTES),
} satisfies ResourceDefinition;
