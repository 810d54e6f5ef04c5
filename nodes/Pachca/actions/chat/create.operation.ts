import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { CHAT_NAME_MAX, chatNameProperty, publicProperty } from './fields.descriptions';
import { CHAT_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{ ...chatNameProperty, required: true, description: "The new chat's name (at most 255 characters)" },
	{
		displayName: 'Type',
		name: 'chatType',
		type: 'options',
		options: [
			{ name: 'Group Chat', value: 'group', description: 'A conversation: every member may write' },
			{ name: 'Channel', value: 'channel', description: 'Admins and editors write, subscribers read and comment in threads' },
		],
		default: 'group',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Member IDs',
				name: 'memberIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 186, 187',
				description: 'Users (or bots) to add, by ID, separated by commas; the token\'s owner is a member anyway',
			},
			{
				displayName: 'Group Tag IDs',
				name: 'groupTagIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 86, 18',
				description: "Group tags whose members join the chat (and stay in sync with the tag), by ID, separated by commas",
			},
			publicProperty,
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['chat'], operation: ['create'] } }, properties);

/** POST /chats: a group chat or a channel owned by the token's owner; Pachca returns the new chat. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const chat: IDataObject = {
		name: read.text('name', { required: true, max: CHAT_NAME_MAX }),
		channel: read.choice<'group' | 'channel'>('chatType', 'group') === 'channel',
	};
	const memberIds = read.idList('additionalFields.memberIds');
	if (memberIds.length > 0) chat.member_ids = memberIds;
	const groupTagIds = read.idList('additionalFields.groupTagIds');
	if (groupTagIds.length > 0) chat.group_tag_ids = groupTagIds;
	const isPublic = read.optionalBoolean('additionalFields.public');
	if (isPublic !== undefined) chat.public = isPublic;
	const response = await pachcaApiRequest.call(this, CHAT_ROUTES.create, { body: { chat }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}
