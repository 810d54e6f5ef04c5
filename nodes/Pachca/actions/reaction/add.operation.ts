import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { messageLocator } from '../common.descriptions';
import { emojiProperties, readEmoji } from './emoji';
import { REACTION_ROUTES } from './routes';

const properties: INodeProperties[] = [{ ...messageLocator, description: 'The message to react to' }, ...emojiProperties];

export const description = updateDisplayOptions({ show: { resource: ['reaction'], operation: ['add'] } }, properties);

/**
 * POST /messages/{id}/reactions. Adding a reaction the token's owner already set changes nothing. Pachca
 * allows 20 different reactions per person and 30 per message (1,000 in all): beyond that it answers 422.
 */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('messageId', 'message');
	const body = readEmoji(read);
	const response = (await pachcaApiRequest.call(this, REACTION_ROUTES.add, { params: { id }, body, itemIndex: index, gate })) as IDataObject;
	// The spec answers with the Reaction itself; a `data` wrapper, as elsewhere in the API, is read too.
	const reaction = (typeof response.data === 'object' && response.data !== null ? response.data : response) as IDataObject;
	return [{ json: { message_id: id, ...reaction }, pairedItem: { item: index } }];
}
