import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { writeWebhookUrl } from '../../../shared/bots';
import { explainRefusal, NEEDS_BOT_TOKEN } from '../../../shared/hints';
import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Webhook URL',
		name: 'webhookUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/pachca',
		description:
			"The bot's new outgoing webhook URL (http or https); empty = disable the webhook. Needs the bot's own token with bot_self:webhook:write.",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['bot'], operation: ['updateOwnWebhook'] } },
	properties,
);

/** PUT /bot/webhook: the bot whose token is in the credential sets its own URL, no Bot ID. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const url = read.raw('webhookUrl', '') === '' ? '' : read.url('webhookUrl');
	try {
		const bot = await writeWebhookUrl(this, { botId: undefined, self: true, readable: false }, url, { itemIndex: index, gate });
		return [{ json: bot, pairedItem: { item: index } }];
	} catch (error) {
		throw await explainRefusal(this, error, { itemIndex: index, gate }, NEEDS_BOT_TOKEN);
	}
}
