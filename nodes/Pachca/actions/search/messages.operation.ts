import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { booleanFilter, choiceFilter, commaList, queryProperty, search, searchProperties } from './filters';
import { SEARCH_ROUTES } from './routes';

const properties = searchProperties(queryProperty('e.g. invoice', 'Text to look for in message texts'), [
	{
		displayName: 'Active Chats Only',
		name: 'active',
		type: 'boolean',
		default: true,
		description: 'Whether to search only chats that are not archived (off: only archived ones)',
	},
	{
		displayName: 'Author IDs',
		name: 'userIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12, 185',
		description: 'Only messages by these users, comma-separated IDs',
	},
	{
		displayName: 'Chat IDs',
		name: 'chatIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 198, 334',
		description: 'Only messages in these chats, comma-separated IDs',
	},
	{
		displayName: 'Sort By',
		name: 'sort',
		type: 'options',
		options: [
			{ name: 'Creation Time', value: 'created_at' },
			{ name: 'Relevance', value: 'relevance' },
		],
		default: 'created_at',
	},
]);

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['search'], operation: ['messages'] } },
	properties,
);

/** GET /search/messages: full-text search in the messages the token can read. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	return await search.call(this, SEARCH_ROUTES.messages, { index, read, gate }, {
		active: ['active', booleanFilter],
		chatIds: ['chat_ids', commaList((r, path) => r.idList(path))],
		userIds: ['user_ids', commaList((r, path) => r.idList(path))],
		sort: ['sort', choiceFilter],
	});
}
