import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { readTokenOwner } from '../../../shared/bots';

const SCOPE = 'link_previews:write';

/**
 * A 403/404 from the unfurl method gets a hint that fits this token, read from GET /oauth/token/info:
 * Pachca's 403 may say "insufficient_scope" for a bot that has the scope but is not an Unfurl bot.
 */
export async function explainRefusal(ctx: IExecuteFunctions, error: unknown, index: number): Promise<unknown> {
	if (!(error instanceof NodeApiError) || (error.httpCode !== '403' && error.httpCode !== '404')) return error;
	let owner;
	try {
		owner = await readTokenOwner(ctx, { itemIndex: index });
	} catch {
		return error; // the original error says more than a failed look-up would
	}
	if (owner.kind === 'user') {
		error.description = "Only an Unfurl bot may create link previews, and the credential holds a user token: use the Unfurl bot's own token.";
	} else if (!owner.scopes.includes(SCOPE)) {
		error.description = `The bot's token lacks the scope "${SCOPE}". Grant it in the bot's API settings in Pachca, then retry.`;
	} else if (error.httpCode === '403') {
		error.description = `The token has "${SCOPE}", so this bot is probably not an Unfurl bot: only an Unfurl bot (Automations → Integrations → Chat bots and Webhooks → Unfurl bot) may create link previews. Use its token.`;
	} else {
		error.description = "Pachca found no such message for this bot: use the message_id of the Link Shared event, and the token of the Unfurl bot that received it.";
	}
	return error;
}
