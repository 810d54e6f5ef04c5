import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { BOT_ROUTES } from './routes';
import { botIdProperty } from './settings.descriptions';
import { needsUserToken } from './userToken';

const properties: INodeProperties[] = [
	{
		displayName:
			"Deleting a bot invalidates its token at once, removes it from every chat and deletes its outgoing webhook. Only the bot's creator (or an admin, if the bot lets admins edit it) may delete it.",
		name: 'deleteNotice',
		type: 'notice',
		default: '',
	},
	{ ...botIdProperty, description: 'The bot to delete (bot settings → API tab → user_id)' },
];

export const description = updateDisplayOptions({ show: { resource: ['bot'], operation: ['delete'] } }, properties);

/** DELETE /bots/{id} (204). */
async function run(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const botId = read.locatorId('botId');
	await pachcaApiRequest.call(this, BOT_ROUTES.delete, { params: { id: botId }, itemIndex: index, gate });
	return [{ json: { success: true, id: botId }, pairedItem: { item: index } }];
}

export const execute = needsUserToken(run);
