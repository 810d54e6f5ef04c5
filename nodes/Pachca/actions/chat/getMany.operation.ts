import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { readTimeRange } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { listItems, returnAllProperties } from '../returnAll';
import { CHAT_ROUTES } from './routes';

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
				displayName: 'Availability',
				name: 'availability',
				type: 'options',
				options: [
					{ name: 'Chats the Token Is a Member Of', value: 'is_member' },
					{ name: 'Every Open Chat of the Company', value: 'public' },
				],
				default: 'is_member',
				description: 'Which chats to list; closed chats the token is not in are never listed',
			},
			{
				displayName: 'Include Archived',
				name: 'archived',
				type: 'boolean',
				default: true,
				description: 'Whether to list archived chats too (without this filter only active chats are listed)',
			},
			{
				displayName: 'Kind',
				name: 'kind',
				type: 'options',
				options: [
					{ name: 'Direct Chats Only', value: 'personal' },
					{ name: 'Group Chats and Channels Only', value: 'group' },
				],
				default: 'group',
				description: 'Only direct (1-on-1) chats, or only group chats and channels (without this filter: both)',
			},
			{
				displayName: 'Last Message After',
				name: 'lastMessageAfter',
				type: 'dateTime',
				default: '',
				description: 'Only chats whose last message was sent at or after this time',
			},
			{
				displayName: 'Last Message Before',
				name: 'lastMessageBefore',
				type: 'dateTime',
				default: '',
				description: 'Only chats whose last message was sent at or before this time',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Sort By',
				name: 'sort',
				type: 'options',
				options: [
					{ name: 'Chat ID', value: 'id' },
					{ name: 'Last Message Time', value: 'last_message_at' },
				],
				default: 'id',
				description: 'The field the chats are ordered by',
			},
			{
				displayName: 'Order',
				name: 'order',
				type: 'options',
				options: [
					{ name: 'Descending', value: 'desc' },
					{ name: 'Ascending', value: 'asc' },
				],
				default: 'desc',
				description: 'Which chats come first',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['chat'], operation: ['getMany'] } }, properties);

/** The query of GET /chats: only the filters and options the user set (Pachca's defaults otherwise). */
function readQuery(read: ParameterReader): IDataObject {
	const lastMessage = readTimeRange(read, { from: 'filters.lastMessageAfter', to: 'filters.lastMessageBefore' });
	const qs: IDataObject = {
		availability: read.given('filters.availability') ? read.choice('filters.availability') : undefined,
		archived: read.optionalBoolean('filters.archived'),
		personal: read.given('filters.kind') ? read.choice('filters.kind') === 'personal' : undefined,
		last_message_at_after: lastMessage.from?.toISOString(),
		last_message_at_before: lastMessage.to?.toISOString(),
		sort: read.given('options.sort') ? read.choice('options.sort') : undefined,
		order: read.given('options.order') ? read.choice('options.order') : undefined,
	};
	return Object.fromEntries(Object.entries(qs).filter(([, value]) => value !== undefined)) as IDataObject;
}

/** GET /chats, page after page (pages of at most 50), one item per chat. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	return await listItems.call(this, CHAT_ROUTES.list, { index, read, gate }, () => ({ qs: readQuery(read) }));
}
