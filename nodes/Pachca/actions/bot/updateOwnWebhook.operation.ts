import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readTokenOwner, webhookSlotOf, writeWebhookUrl } from '../../../shared/bots';
import type { ParameterReader } from '../../../shared/parameters';

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

/** A user token can never hold bot_self:webhook:write: say that, rather than "grant the scope". */
async function explainRefusal(ctx: IExecuteFunctions, error: unknown, index: number): Promise<unknown> {
	if (!(error instanceof NodeApiError) || error.httpCode !== '403') return error;
	const owner = await readTokenOwner(ctx, { itemIndex: index });
	if (webhookSlotOf(owner, undefined) !== undefined) return error;
	return new NodeOperationError(ctx.getNode(), "Update Own Webhook needs the bot's own token, and the credential holds a user token", {
		description: "Use a credential with the bot's token, or use Bot → Update with the Bot ID and set Outgoing Webhook URL.",
		itemIndex: index,
	});
}

/** PUT /bot/webhook: the bot whose token is in the credential sets its own URL, no Bot ID. */
export async function execute(this: IExecuteFunctions, index: number, read: ParameterReader): Promise<INodeExecutionData[]> {
	const url = read.raw('webhookUrl', '') === '' ? '' : read.url('webhookUrl');
	try {
		const bot = await writeWebhookUrl(this, { botId: undefined, self: true, readable: false }, url, { itemIndex: index });
		return [{ json: bot, pairedItem: { item: index } }];
	} catch (error) {
		throw await explainRefusal(this, error, index);
	}
}
