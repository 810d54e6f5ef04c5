import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { userLocator } from '../common.descriptions';
import { USER_ROUTES } from './routes';

const properties: INodeProperties[] = [{ ...userLocator, description: 'The user to read' }];

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['get'] } }, properties);

/** GET /users/{id}: the user as Pachca returns it (email and phone may be null for a bot's token), one item. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('userId');
	const response = await pachcaApiRequest.call(this, USER_ROUTES.get, { params: { id }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}
