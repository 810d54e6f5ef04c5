import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { booleanFilter, choiceFilter, queryProperty, search, searchProperties } from './filters';
import { SEARCH_ROUTES } from './routes';

const properties = searchProperties(queryProperty('e.g. Development', 'Text to look for in chat names'), [
	{
		displayName: 'Active Only',
		name: 'active',
		type: 'boolean',
		default: true,
		description: 'Whether to find only chats that are not archived (off: only archived ones)',
	},
	{
		displayName: 'Chat Type',
		name: 'chatSubtype',
		type: 'options',
		options: [
			{ name: 'Channel or Conversation', value: 'discussion' },
			{ name: 'Thread', value: 'thread' },
		],
		default: 'discussion',
	},
	{
		displayName: 'Personal',
		name: 'personal',
		type: 'boolean',
		default: false,
		description: 'Whether to find only direct (one-to-one) chats (off: only group chats)',
	},
]);

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['search'], operation: ['chats'] } },
	properties,
);

/** GET /search/chats: full-text search of channels, conversations and threads. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	return await search.call(this, SEARCH_ROUTES.chats, { index, read, gate }, {
		active: ['active', booleanFilter],
		chatSubtype: ['chat_subtype', choiceFilter],
		personal: ['personal', booleanFilter],
	});
}
