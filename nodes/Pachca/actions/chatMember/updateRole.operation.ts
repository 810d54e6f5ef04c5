import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { userIdByVersion } from '../common.descriptions';
import { done, memberChatLocator } from './fields.descriptions';
import { CHAT_MEMBER_ROUTES } from './routes';

const properties: INodeProperties[] = [
	memberChatLocator,
	...userIdByVersion({
		idDescription: "The member whose role changes, by ID (not the chat's creator, not the token's owner)",
		pickerDescription:
			"The member whose role changes (not the chat's creator, not the token's owner): a user picked from the list, or a user's or bot's ID",
	}),
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: [
			{ name: 'Admin', value: 'admin' },
			{ name: 'Editor (Channels Only)', value: 'editor' },
			{ name: 'Member or Subscriber', value: 'member' },
		],
		default: 'member',
		description: "The member's new role in this chat",
	},
];

export const description = updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['updateRole'] } }, properties);

/** PUT /chats/{id}/members/{user_id} (204): only the chat's creator or an admin may. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('chatId', 'chat');
	const userId = read.locatorId('userId');
	const role = read.choice('role', 'member');
	await pachcaApiRequest.call(this, CHAT_MEMBER_ROUTES.updateRole, {
		params: { id, user_id: userId },
		body: { role },
		itemIndex: index,
		gate,
	});
	return done(index, { chatId: id, userId, role });
}
