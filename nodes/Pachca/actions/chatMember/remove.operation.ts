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
		idDescription: "The member to remove, by ID (not the chat's creator)",
		pickerDescription: "The member to remove (not the chat's creator): a user picked from the list, or a user's or bot's ID",
	}),
];

export const description = updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['remove'] } }, properties);

/** DELETE /chats/{id}/members/{user_id} (204): only the chat's creator or an admin may. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('chatId', 'chat');
	const userId = read.locatorId('userId');
	await pachcaApiRequest.call(this, CHAT_MEMBER_ROUTES.remove, { params: { id, user_id: userId }, itemIndex: index, gate });
	return done(index, { chatId: id, userId });
}
