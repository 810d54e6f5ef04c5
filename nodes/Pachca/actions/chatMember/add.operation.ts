import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { chatLocator } from '../common.descriptions';
import { done } from './fields.descriptions';
import { CHAT_MEMBER_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{ ...chatLocator, description: "The conversation, channel or thread's chat to add the users to" },
	{
		displayName: 'User IDs',
		name: 'userIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 186, 187',
		description: 'The users (or bots) to add, by ID, separated by commas',
	},
	{
		displayName: 'Silent',
		name: 'silent',
		type: 'boolean',
		default: false,
		description: 'Whether to add them without the system message about it in the chat',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['chatMember'], operation: ['add'] } }, properties);

/** POST /chats/{id}/members (204): members already in the chat stay. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('chatId', 'chat');
	const memberIds = read.idList('userIds');
	if (memberIds.length === 0) throw read.fail('userIds', 'is empty');
	const body: IDataObject = { member_ids: memberIds };
	if (read.boolean('silent', false)) body.silent = true;
	await pachcaApiRequest.call(this, CHAT_MEMBER_ROUTES.add, { params: { id }, body, itemIndex: index, gate });
	return done(index, { chatId: id, userIds: memberIds });
}
