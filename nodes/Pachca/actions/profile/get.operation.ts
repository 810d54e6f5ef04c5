import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { PROFILE_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{
		displayName: "Reads the profile of the token's owner: the bot itself for a bot token, the person for a personal token.",
		name: 'profileNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['profile'], operation: ['get'] } }, properties);

/** GET /profile: the token owner as a User, one item. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	_read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const response = await pachcaApiRequest.call(this, PROFILE_ROUTES.get, { itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}
