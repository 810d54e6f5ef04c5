import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { BOT_ROUTES } from './routes';
import { readBotSettings } from './settings';
import { botSettingsFields } from './settings.descriptions';
import { needsUserToken } from './userToken';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Tasks bot',
		description: "The new bot's name (at most 255 characters)",
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...botSettingsFields.filter((field) => field.name !== 'name'),
			{
				displayName: 'Single Chat',
				name: 'singleChat',
				type: 'boolean',
				default: false,
				description: 'Whether the bot may join only one group chat (set once, at creation)',
			},
		],
	},
	{
		displayName: 'Output Access Token',
		name: 'outputAccessToken',
		type: 'boolean',
		default: false,
		description:
			"Whether to put the new bot's access_token in the output. It is then saved in this execution's data, readable by anyone who can see executions. Off: the token is dropped; copy it from the bot settings → API tab.",
	},
	{
		displayName:
			"The access token is in the output: it is stored with this execution's data. Move it into a credential and turn this off, or delete the execution.",
		name: 'accessTokenNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { outputAccessToken: [true] } },
	},
];

export const description = updateDisplayOptions({ show: { resource: ['bot'], operation: ['create'] } }, properties);

/** POST /bots (user token with bots:write). Pachca returns the bot with its access_token. */
async function run(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const name = read.text('name', { required: true, max: 255 });
	const webhook = { name, ...readBotSettings(read, 'additionalFields') };
	const outputToken = read.boolean('outputAccessToken', false);
	const response = await pachcaApiRequest.call(this, BOT_ROUTES.create, { body: { webhook }, itemIndex: index, gate });
	const { access_token: accessToken, ...bot } = (response.data ?? {}) as IDataObject;
	return [{ json: outputToken ? { ...bot, access_token: accessToken } : bot, pairedItem: { item: index } }];
}

export const execute = needsUserToken(run);
