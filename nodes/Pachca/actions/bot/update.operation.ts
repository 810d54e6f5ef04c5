import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { updateFieldsProperty } from '../collection';
import { BOT_ROUTES } from './routes';
import { readBotSettings } from './settings';
import { botIdProperty, botSettingsFields } from './settings.descriptions';
import { needsUserToken } from './userToken';

const properties: INodeProperties[] = [
	botIdProperty,
	updateFieldsProperty(botSettingsFields),
];

export const description = updateDisplayOptions({ show: { resource: ['bot'], operation: ['update'] } }, properties);

/** PUT /bots/{id} with only the fields the user set (renaming leaves the webhook URL alone). */
async function run(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const botId = read.locatorId('botId');
	const webhook = readBotSettings(read, 'updateFields');
	if (Object.keys(webhook).length === 0) throw read.fail('updateFields', 'add at least one field to change');
	const response = await pachcaApiRequest.call(this, BOT_ROUTES.update, {
		params: { id: botId },
		body: { webhook },
		itemIndex: index,
		gate,
	});
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}

export const execute = needsUserToken(run);
