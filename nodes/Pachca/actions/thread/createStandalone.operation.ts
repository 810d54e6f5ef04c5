import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { THREAD_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{
		displayName:
			'Creates a thread tied to no message; the token\'s owner is its only member. Add people with Chat Member → Add on the thread\'s chat_id, and post with Message → Send to the thread.',
		name: 'standaloneNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['thread'], operation: ['createStandalone'] } },
	properties,
);

/** POST /threads, no body: message_id and message_chat_id come back null. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	_read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const response = await pachcaApiRequest.call(this, THREAD_ROUTES.createStandalone, { itemIndex: index, gate });
	return [{ json: response.data as IDataObject, pairedItem: { item: index } }];
}
