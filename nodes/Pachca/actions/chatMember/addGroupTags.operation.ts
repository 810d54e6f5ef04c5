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
		displayName: 'Group Tag IDs',
		name: 'groupTagIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 86, 18',
		description: "The group tags to add, by ID, separated by commas: their members join the chat and stay in sync with the tag",
	},
];

export const description = updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['addGroupTags'] } }, properties);

/** POST /chats/{id}/group_tags (204). */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('chatId', 'chat');
	const groupTagIds = read.idList('groupTagIds');
	if (groupTagIds.length === 0) throw read.fail('groupTagIds', 'is empty');
	await pachcaApiRequest.call(this, CHAT_MEMBER_ROUTES.addGroupTags, {
		params: { id },
		body: { group_tag_ids: groupTagIds },
		itemIndex: index,
		gate,
	});
	return done(index, { chatId: id, groupTagIds });
}
