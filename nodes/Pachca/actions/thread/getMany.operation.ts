import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { readTimeRange } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { listItems, returnAllProperties } from '../returnAll';
import { THREAD_ROUTES } from './routes';

const properties: INodeProperties[] = [
	...returnAllProperties,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Last Message After',
				name: 'lastMessageAfter',
				type: 'dateTime',
				default: '',
				description: 'Only threads whose last message is at or after this time',
			},
			{
				displayName: 'Last Message Before',
				name: 'lastMessageBefore',
				type: 'dateTime',
				default: '',
				description: 'Only threads whose last message is at or before this time',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['thread'], operation: ['getMany'] } }, properties);

/** The spec's last_message_at_after / _before, as ISO timestamps; only the filters added are sent. */
function readFilters(read: ParameterReader): IDataObject {
	const { from, to } = readTimeRange(read, { from: 'filters.lastMessageAfter', to: 'filters.lastMessageBefore' });
	const qs: IDataObject = {};
	if (from) qs.last_message_at_after = from.toISOString();
	if (to) qs.last_message_at_before = to.toISOString();
	return qs;
}

/**
 * GET /threads: the threads the token's owner is in, directly or through their parent chat, newest
 * activity first, pages of at most 50, one item per thread.
 */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	return await listItems.call(this, THREAD_ROUTES.list, { index, read, gate }, () => ({ qs: readFilters(read) }));
}
