import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { messageItems, readSimplify } from '../../helpers/output';
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
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
): Promise<INodeExecutionData[]> {
	const chatId = read.locatorId('chatId', 'chat');
	const returnAll = read.boolean('returnAll', false);
	const limit = returnAll ? undefined : read.integer('limit', { min: 1 }, 50);
	const order = read.choice<'asc' | 'desc'>('order', 'desc');
	const simplified = readSimplify(read);
	const messages = await pachcaApiRequestAllItems.call(this, '/messages', {
		qs: { chat_id: chatId, sort: 'id', order },
		itemIndex: index,
		limit,
	});
	return messageItems(this, messages, index, simplified);
}
