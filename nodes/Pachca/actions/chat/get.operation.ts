import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { chatLocator } from '../common.descriptions';
import { CHAT_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{ ...chatLocator, description: 'The chat to read: one the token is a member of, or an open one' },
];

export const description = updateDisplayOptions({ show: { resource: ['chat'], operation: ['get'] } }, properties);

/** GET /chats/{id}: the chat as Pachca returns it, one item. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('chatId', 'chat');
	const response = await pachcaApiRequest.call(this, CHAT_ROUTES.get, { params: { id }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}
