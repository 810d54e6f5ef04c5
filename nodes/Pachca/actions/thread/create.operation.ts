import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { messageLocator } from '../common.descriptions';
import { THREAD_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{ ...messageLocator, description: 'The message to open a thread on. If it already has one, that thread is returned.' },
];

export const description = updateDisplayOptions({ show: { resource: ['thread'], operation: ['create'] } }, properties);

/** POST /messages/{id}/thread: Pachca returns the message's existing thread rather than a second one. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('messageId', 'message');
	const response = await pachcaApiRequest.call(this, THREAD_ROUTES.createOnMessage, { params: { id }, itemIndex: index, gate });
	return [{ json: response.data as IDataObject, pairedItem: { item: index } }];
}
