import type { INodeProperties } from 'n8n-workflow';

import * as bot from './bot/Bot.resource';
import * as eventHistory from './eventHistory/EventHistory.resource';
import * as linkPreview from './linkPreview/LinkPreview.resource';
import * as message from './message/Message.resource';
import { settings } from './settings.description';

/** Every parameter of the Pachca node: the resource picker, then each resource's operations. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Bot', value: 'bot' },
			{ name: 'Event History', value: 'eventHistory' },
			{ name: 'Link Preview', value: 'linkPreview' },
			{ name: 'Message', value: 'message' },
		],
		default: 'message',
	},
	...message.description,
	...bot.description,
	...linkPreview.description,
	...eventHistory.description,
	...settings,
];
