import type { INodeProperties } from 'n8n-workflow';

import * as eventHistory from './eventHistory/EventHistory.resource';
import * as message from './message/Message.resource';

/** Every parameter of the Pachca node: the resource picker, then each resource's operations. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Event History', value: 'eventHistory' },
			{ name: 'Message', value: 'message' },
		],
		default: 'message',
	},
	...message.description,
	...eventHistory.description,
];
