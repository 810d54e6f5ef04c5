import type { INodeProperties } from 'n8n-workflow';

import * as message from './message/Message.resource';
import { settings } from './settings.description';

/** Every parameter of the Pachca node: the resource picker, then each resource's operations. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [{ name: 'Message', value: 'message' }],
		default: 'message',
	},
	...message.description,
	...settings,
];
