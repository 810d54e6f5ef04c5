import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import { BOT_ROUTES } from './routes';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as recreateOwnToken from './recreateOwnToken.operation';
import * as recreateToken from './recreateToken.operation';
import * as update from './update.operation';
import * as updateOwnWebhook from './updateOwnWebhook.operation';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['bot'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a bot (user token)', action: 'Create a bot' },
			{ name: 'Delete', value: 'delete', description: 'Delete a bot (user token)', action: 'Delete a bot' },
			{ name: 'Get', value: 'get', description: "Get a bot's settings (user token)", action: 'Get a bot' },
			{ name: 'Get Many', value: 'getMany', description: 'Get the bots you may edit (user token)', action: 'Get many bots' },
			{
				name: 'Recreate Own Token',
				value: 'recreateOwnToken',
				description: "Replace the token in the credential (bot token) with a new one; the old one stops working at once. Cannot be undone.",
				action: 'Recreate own token',
			},
			{
				name: 'Recreate Token',
				value: 'recreateToken',
				description: "Give a bot a new token (user token); its old one stops working at once. Cannot be undone.",
				action: 'Recreate a bot token',
			},
			{ name: 'Update', value: 'update', description: "Change a bot's settings (user token)", action: 'Update a bot' },
			{
				name: 'Update Own Webhook',
				value: 'updateOwnWebhook',
				description: "Set the outgoing webhook URL of the bot whose token is in the credential",
				action: 'Update own webhook',
			},
		],
		default: 'get',
	},
	...get.description,
	...getMany.description,
	...create.description,
	...update.description,
	...del.description,
	...updateOwnWebhook.description,
	...recreateToken.description,
	...recreateOwnToken.description,
];

export const bot = {
	name: 'Bot',
	value: 'bot',
	description,
	operations: { create, delete: del, get, getMany, recreateOwnToken, recreateToken, update, updateOwnWebhook },
	routes: Object.values(BOT_ROUTES),
} satisfies ResourceDefinition;
