import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { messageItems, readSimplify } from './output';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequestAllItems } from '../../../shared/transport';
import { MESSAGE_ROUTES } from './routes';
import { chatLocator } from '../common.descriptions';
import { simplifyProperty } from './fields.descriptions';
import { attachDownloadedFiles, downloadFilesProperties, readDownloadPrefix } from './downloadFiles';
import { readLimit, returnAllProperties } from '../returnAll';

const properties: INodeProperties[] = [
	{ ...chatLocator, description: 'The chat to read: a conversation, channel, direct chat or thread chat' },
	...returnAllProperties,
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
	...downloadFilesProperties,
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
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const chatId = read.locatorId('chatId', 'chat');
	const limit = readLimit(read);
	const order = read.choice<'asc' | 'desc'>('order', 'desc');
	const simplified = readSimplify(read);
	const downloadPrefix = readDownloadPrefix(read);
	const messages = await pachcaApiRequestAllItems.call(this, MESSAGE_ROUTES.list, {
		qs: { chat_id: chatId, sort: 'id', order },
		itemIndex: index,
		gate,
		limit,
	});
	return await attachDownloadedFiles(this, messageItems(this, messages, index, simplified), messages, downloadPrefix, index);
}
