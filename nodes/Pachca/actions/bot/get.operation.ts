import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { BOT_ROUTES } from './routes';
import { botIdProperty } from './settings.descriptions';
import { needsUserToken } from './userToken';

const properties: INodeProperties[] = [{ ...botIdProperty, description: `${botIdProperty.description}. Needs a user token with bots:read.` }];

export const description = updateDisplayOptions({ show: { resource: ['bot'], operation: ['get'] } }, properties);

/** GET /bots/{id}: the bot's settings, one item. */
async function run(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const botId = read.locatorId('botId');
	const response = await pachcaApiRequest.call(this, BOT_ROUTES.get, { params: { id: botId }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}

export const execute = needsUserToken(run);
