import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequestAllItems } from '../../../shared/transport';
import { readLimit, returnAllProperties } from '../returnAll';
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
	const qs: IDataObject = {};
	const after = read.given('filters.lastMessageAfter') ? read.dateTime('filters.lastMessageAfter') : undefined;
	const before = read.given('filters.lastMessageBefore') ? read.dateTime('filters.lastMessageBefore') : undefined;
	if (after && before && after.getTime() > before.getTime()) {
		throw read.fail('filters.lastMessageAfter', `${after.toISOString()} is later than Last Message Before (${before.toISOString()})`);
	}
	if (after) qs.last_message_at_after = after.toISOString();
	if (before) qs.last_message_at_before = before.toISOString();
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
	const limit = readLimit(read);
	const qs = readFilters(read);
	const threads = await pachcaApiRequestAllItems.call(this, THREAD_ROUTES.list, { qs, itemIndex: index, gate, limit });
	return threads.map((thread) => ({ json: thread, pairedItem: { item: index } }));
}
