import type { INodeProperties } from 'n8n-workflow';

import * as bot from './bot/Bot.resource';
import * as eventHistory from './eventHistory/EventHistory.resource';
import * as linkPreview from './linkPreview/LinkPreview.resource';
import * as message from './message/Message.resource';
import { settings } from './settings.description';

/**
 * n8n reads displayOptions.show key by key and takes any expression it meets as "shown": with
 * resource and operation first (neither takes an expression), an expression in an operation's own
 * field (Return All, Events to Delete) cannot make another operation's required field count.
 */
function resourceAndOperationFirst(property: INodeProperties): INodeProperties {
	const show = property.displayOptions?.show;
	if (!show) return property;
	const { resource, operation, ...rest } = show;
	const ordered = { ...(resource ? { resource } : {}), ...(operation ? { operation } : {}), ...rest };
	return { ...property, displayOptions: { ...property.displayOptions, show: ordered } };
}

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
].map((property) => resourceAndOperationFirst(property as INodeProperties));
