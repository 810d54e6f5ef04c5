import type { IDataObject } from 'n8n-workflow';

import type { PachcaContext, RequestOptions } from '../transport';
import { pachcaApiRequest } from '../transport';
import { GET_BOT, UPDATE_BOT, UPDATE_OWN_WEBHOOK } from './routes';
import type { TokenOwner } from './token';

/**
 * A bot's one outgoing-webhook URL, and the endpoints this token reaches it through:
 * a bot token sets its own with PUT /bot/webhook and cannot read it (bots:read is not a bot scope);
 * a user token sets it with PUT /bots/{id} and reads it with GET /bots/{id} when it holds bots:read.
 */
export interface WebhookSlot {
	botId: number | undefined;
	/** written with the bot's own token (PUT /bot/webhook) */
	self: boolean;
	/** the token may read the current URL (GET /bots/{id}) */
	readable: boolean;
}

/** The slot of the token's own bot, or (user token) of `botId`; undefined when a user token names no bot. */
export function webhookSlotOf(owner: TokenOwner, botId: number | undefined): WebhookSlot | undefined {
	if (owner.kind === 'bot') return { botId: owner.userId, self: true, readable: false };
	if (botId === undefined) return undefined;
	return { botId, self: false, readable: owner.scopes.includes('bots:read') };
}

/** The URL in the slot now ('' when none), or undefined when this token cannot read it. */
export async function readWebhookUrl(
	ctx: PachcaContext,
	slot: WebhookSlot,
	options: RequestOptions = {},
): Promise<string | undefined> {
	if (!slot.readable || slot.botId === undefined) return undefined;
	const response = await pachcaApiRequest.call(ctx, GET_BOT, { ...options, params: { id: slot.botId } });
	const webhook = ((response.data as IDataObject | undefined)?.webhook ?? {}) as IDataObject;
	return typeof webhook.outgoing_url === 'string' ? webhook.outgoing_url : '';
}

/** Sets the slot to `url` ('' disables the webhook); returns the bot as Pachca answers. */
export async function writeWebhookUrl(
	ctx: PachcaContext,
	slot: WebhookSlot,
	url: string,
	options: RequestOptions = {},
): Promise<IDataObject> {
	const body = { webhook: { outgoing_url: url } };
	const response = slot.self
		? await pachcaApiRequest.call(ctx, UPDATE_OWN_WEBHOOK, { ...options, body })
		: await pachcaApiRequest.call(ctx, UPDATE_BOT, { ...options, params: { id: slot.botId ?? '' }, body });
	return (response.data ?? {}) as IDataObject;
}
