import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { chatLocator } from '../common.descriptions';
import { CHAT_NAME_MAX, chatNameProperty, publicProperty } from './fields.descriptions';
import { CHAT_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{ ...chatLocator, description: 'The chat to change: the token must be its owner or an admin of it' },
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [chatNameProperty, publicProperty],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['chat'], operation: ['update'] } }, properties);

/** PUT /chats/{id}: sends only the fields set; Pachca returns the changed chat. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('chatId', 'chat');
	const chat: IDataObject = {};
	if (read.given('updateFields.name')) chat.name = read.text('updateFields.name', { required: true, max: CHAT_NAME_MAX });
	const isPublic = read.optionalBoolean('updateFields.public');
	if (isPublic !== undefined) chat.public = isPublic;
	if (Object.keys(chat).length === 0) throw read.fail('updateFields', 'add at least one field to change');
	const response = await pachcaApiRequest.call(this, CHAT_ROUTES.update, { params: { id }, body: { chat }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}
