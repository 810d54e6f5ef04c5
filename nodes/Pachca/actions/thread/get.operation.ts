import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { THREAD_ROUTES } from './routes';
import { resolveThreadId, threadLocator } from './threadLocator';

const properties: INodeProperties[] = [threadLocator];

export const description = updateDisplayOptions({ show: { resource: ['thread'], operation: ['get'] } }, properties);

/** GET /threads/{id}: the thread, its chat_id and its parent message. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = await resolveThreadId(this, read, index, gate);
	const response = await pachcaApiRequest.call(this, THREAD_ROUTES.get, { params: { id }, itemIndex: index, gate });
	return [{ json: response.data as IDataObject, pairedItem: { item: index } }];
}
