import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { newTokenItem, newTokenNotice } from './newToken';
import { BOT_ROUTES } from './routes';
import { botIdProperty } from './settings.descriptions';
import { needsUserToken } from './userToken';

const properties: INodeProperties[] = [
	newTokenNotice("the bot's old token"),
	{ ...botIdProperty, description: 'The bot whose token to recreate (its creator, or an admin if the bot lets admins edit it)' },
];

export const description = updateDisplayOptions({ show: { resource: ['bot'], operation: ['recreateToken'] } }, properties);

/** POST /bots/{id}/recreate_token (user token with bots:write): the bot with its new access_token. */
async function run(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const botId = read.locatorId('botId');
	const response = await pachcaApiRequest.call(this, BOT_ROUTES.recreateToken, { params: { id: botId }, itemIndex: index, gate });
	return [newTokenItem(response, index)];
}

export const execute = needsUserToken(run);
