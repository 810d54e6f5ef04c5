import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequestAllItems } from '../../../shared/transport';
import { messageLocator } from '../common.descriptions';
import { readLimit, returnAllProperties } from '../returnAll';
import { REACTION_ROUTES } from './routes';

const properties: INodeProperties[] = [{ ...messageLocator, description: 'The message whose reactions to read' }, ...returnAllProperties];

export const description = updateDisplayOptions({ show: { resource: ['reaction'], operation: ['getMany'] } }, properties);

/** GET /messages/{id}/reactions, pages of at most 50: one item per reaction (who, which emoji, when). */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('messageId', 'message');
	const limit = readLimit(read);
	const reactions = await pachcaApiRequestAllItems.call(this, REACTION_ROUTES.list, { params: { id }, itemIndex: index, gate, limit });
	return reactions.map((reaction) => ({ json: { message_id: id, ...reaction }, pairedItem: { item: index } }));
}
