import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { done, memberChatLocator } from './fields.descriptions';
import { CHAT_MEMBER_ROUTES } from './routes';

const properties: INodeProperties[] = [
	memberChatLocator,
	{
		displayName: 'Group Tag ID',
		name: 'groupTagId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 86',
		description: "The group tag to remove from the chat; its members who are not in the chat otherwise leave with it",
	},
];

export const description = updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['removeGroupTag'] } }, properties);

/** DELETE /chats/{id}/group_tags/{tag_id} (204). */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('chatId', 'chat');
	const tagId = read.id('groupTagId');
	await pachcaApiRequest.call(this, CHAT_MEMBER_ROUTES.removeGroupTag, { params: { id, tag_id: tagId }, itemIndex: index, gate });
	return done(index, { chatId: id, groupTagId: tagId });
}
