import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest, pachcaApiRequestAllItems } from '../../../shared/transport';
import { messageLocator } from '../common.descriptions';
import { readLimit, returnAllProperties } from '../returnAll';
import { MESSAGE_ROUTES } from './routes';

/** read_member_ids pages hold up to 300 user IDs (other lists: 50). */
const READERS_PAGE_SIZE = 300;

const properties: INodeProperties[] = [
	{ ...messageLocator, description: 'The message whose readers to get' },
	...returnAllProperties,
	{
		displayName: 'Resolve Users',
		name: 'resolveUsers',
		type: 'boolean',
		default: false,
		description:
			'Whether to output each reader as the whole user (name, nickname, email…): one GET /users/{ID} per reader, needs users:read. Off: only user_id.',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['getReaders'] } }, properties);

/**
 * GET /messages/{id}/read_member_ids, pages of up to 300: one item per reader, `{ message_id, user_id }`,
 * or with Resolve Users the user's fields as well (read one by one, in the order Pachca listed them).
 */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('messageId', 'message');
	const limit = readLimit(read);
	const resolve = read.boolean('resolveUsers', false);
	// The page's data is a list of user IDs, not objects.
	const readerIds = (await pachcaApiRequestAllItems.call(this, MESSAGE_ROUTES.readers, {
		params: { id },
		itemIndex: index,
		gate,
		limit,
		maxPageSize: READERS_PAGE_SIZE,
	})) as unknown as number[];
	const items: INodeExecutionData[] = [];
	for (const userId of readerIds) {
		let user: IDataObject = {};
		if (resolve) {
			const response = await pachcaApiRequest.call(this, MESSAGE_ROUTES.getUser, { params: { id: userId }, itemIndex: index, gate });
			user = (response.data ?? {}) as IDataObject;
		}
		items.push({ json: { message_id: id, user_id: userId, ...user }, pairedItem: { item: index } });
	}
	return items;
}
