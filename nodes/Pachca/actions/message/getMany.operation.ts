import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parameterError } from '../../../shared/parameters/errors';
import { getLocatorId } from '../../../shared/parameters/locators';
import { messageItems } from '../../helpers/output';
import { pachcaApiRequestAllItems } from '../../../shared/transport';
import { chatLocator } from '../common.descriptions';
import { simplifyProperty } from './fields.descriptions';

const properties: INodeProperties[] = [
	{ ...chatLocator, description: 'The chat to read: a conversation, channel, direct chat or thread chat' },
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	{
		displayName: 'Order',
		name: 'order',
		type: 'options',
		options: [
			{ name: 'Newest First', value: 'desc' },
			{ name: 'Oldest First', value: 'asc' },
		],
		default: 'desc',
		description: 'Which messages come first',
	},
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['getMany'] } },
	properties,
);

/** GET /messages of one chat, page after page (pages of at most 50), one output item per message. */
export async function execute(this: IExecuteFunctions, index: number): Promise<INodeExecutionData[]> {
	const chatId = getLocatorId(this, 'chatId', 'Chat', 'chat', index);
	const returnAll = this.getNodeParameter('returnAll', index, false) as boolean;
	let limit: number | undefined;
	if (!returnAll) {
		limit = Number(this.getNodeParameter('limit', index, 50));
		if (!Number.isSafeInteger(limit) || limit < 1) {
			throw parameterError(this, 'Limit', `${JSON.stringify(limit)} is not a whole number of at least 1`, index);
		}
	}
	const order = this.getNodeParameter('order', index, 'desc') as 'asc' | 'desc';
	const messages = await pachcaApiRequestAllItems.call(this, '/messages', {
		qs: { chat_id: chatId, sort: 'id', order },
		itemIndex: index,
		limit,
	});
	return messageItems(this, messages, index);
}
