import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { messageLocator } from '../common.descriptions';
import { emojiProperties, readEmoji } from './emoji';
import { REACTION_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{ ...messageLocator, description: 'The message to remove the reaction from' },
	...emojiProperties.map((property) => (property.name === 'emoji' ? { ...property, description: 'The reaction to remove (only your own)' } : property)),
];

export const description = updateDisplayOptions({ show: { resource: ['reaction'], operation: ['remove'] } }, properties);

/** DELETE /messages/{id}/reactions?code=…: only a reaction the token's owner set can be removed. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('messageId', 'message');
	const qs = readEmoji(read);
	await pachcaApiRequest.call(this, REACTION_ROUTES.remove, { params: { id }, qs, itemIndex: index, gate });
	return [{ json: { success: true, message_id: id, ...qs }, pairedItem: { item: index } }];
}
