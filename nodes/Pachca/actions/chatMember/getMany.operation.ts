import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequestAllItems } from '../../../shared/transport';
import { readLimit, returnAllProperties } from '../returnAll';
import { memberChatLocator } from './fields.descriptions';
import { CHAT_MEMBER_ROUTES } from './routes';

const properties: INodeProperties[] = [
	memberChatLocator,
	...returnAllProperties,
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: [
			{ name: 'Admin', value: 'admin' },
			{ name: 'Any Role', value: 'all' },
			{ name: 'Creator', value: 'owner' },
			{ name: 'Editor (Channels)', value: 'editor' },
			{ name: 'Member or Subscriber', value: 'member' },
		],
		default: 'all',
		description:
			"Only members with this role in the chat. The users' own `role` field is their role in the company, not in the chat.",
	},
];

export const description = updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['getMany'] } }, properties);

/** GET /chats/{id}/members, page after page (pages of at most 50), one item per user. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('chatId', 'chat');
	const limit = readLimit(read);
	const role = read.choice('role', 'all');
	const users = await pachcaApiRequestAllItems.call(this, CHAT_MEMBER_ROUTES.list, {
		params: { id },
		qs: role === 'all' ? {} : { role },
		itemIndex: index,
		gate,
		limit,
	});
	return users.map((user) => ({ json: user, pairedItem: { item: index } }));
}
