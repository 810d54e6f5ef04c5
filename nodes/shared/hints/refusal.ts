import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { TokenOwner } from '../bots';
import { readTokenOwner } from '../bots';
import type { ExecutionGate } from '../transport';
import { holdersOf } from './scopeHolders';

/**
 * What a refusal means for one operation, told by whose token the credential holds: a sentence that
 * replaces the error's description, an error that replaces the error, or nothing (the error stays).
 */
export interface RefusalHint {
	/** the HTTP statuses this hint explains */
	statuses: string[];
	explain(owner: TokenOwner, error: NodeApiError, itemIndex: number): string | Error | undefined;
}

/**
 * Pachca's 403 says "insufficient_scope" both for a missing scope and for a token of the wrong kind
 * (a bot cannot hold bots:*, only an Unfurl bot may unfurl): the token's own info decides which.
 */
export async function explainRefusal(
	ctx: IExecuteFunctions,
	error: unknown,
	item: { itemIndex: number; gate?: ExecutionGate },
	hint: RefusalHint,
): Promise<unknown> {
	const { itemIndex } = item;
	if (!(error instanceof NodeApiError) || !hint.statuses.includes(error.httpCode ?? '')) return error;
	let owner: TokenOwner;
	try {
		owner = await readTokenOwner(ctx, item);
	} catch {
		return error; // the original error says more than a failed look-up would
	}
	const explained = hint.explain(owner, error, itemIndex);
	if (typeof explained === 'string') error.description = explained;
	return explained instanceof Error ? explained : error;
}

/** Bot management: bots:* cannot be given to a bot, so a bot token must not be sent to grant a scope. */
export const NEEDS_USER_TOKEN: RefusalHint = {
	statuses: ['403'],
	explain: (owner, error, itemIndex) =>
		owner.kind !== 'bot'
			? undefined
			: new NodeOperationError(error.node, 'Managing bots needs a user (admin) token, and the credential holds a bot token', {
					description:
						'Use a credential with a user token that has bots:read / bots:write (Automations → API). A bot can only change its own webhook URL: Bot → Update Own Webhook.',
					itemIndex,
				}),
};

/**
 * An operation of a bot on itself (bot_self:* scopes exist only for bot tokens), so a user token is told
 * to use the bot's token or `alternative`.
 */
export function needsBotToken(operation: string, alternative: string): RefusalHint {
	return {
		statuses: ['403'],
		explain: (owner, error, itemIndex) =>
			owner.kind === 'bot'
				? undefined
				: new NodeOperationError(error.node, `${operation} needs the bot's own token, and the credential holds a user token`, {
						description: `Use a credential with the bot's token, or ${alternative}.`,
						itemIndex,
					}),
	};
}

/** A bot's own webhook: bot_self:webhook:write exists only for bot tokens, so a user token is told so. */
export const NEEDS_BOT_TOKEN = needsBotToken('Update Own Webhook', 'use Bot → Update with the Bot ID and set Outgoing Webhook URL');

const UNFURL_SCOPE = 'link_previews:write';

/** Link previews: only an Unfurl bot's own token may create them. */
export const NEEDS_UNFURL_BOT: RefusalHint = {
	statuses: ['403', '404'],
	explain(owner, error) {
		if (owner.kind === 'user') {
			return "Only an Unfurl bot may create link previews, and the credential holds a user token: use the Unfurl bot's own token.";
		}
		if (!owner.scopes.includes(UNFURL_SCOPE)) {
			return `The bot's token lacks the scope "${UNFURL_SCOPE}". Grant it in the bot's API settings in Pachca, then retry.`;
		}
		if (error.httpCode === '403') {
			return `The token has "${UNFURL_SCOPE}", so this bot is probably not an Unfurl bot: only an Unfurl bot (Automations → Integrations → Chat bots and Webhooks → Unfurl bot) may create link previews. Use its token.`;
		}
		return 'Pachca found no such message for this bot: use the message_id of the Link Shared event, and the token of the Unfurl bot that received it.';
	},
};

/** Where a token of each kind is given scopes. */
const GRANTED_IN: Record<TokenOwner['kind'], string> = {
	bot: "the bot's API settings",
	user: "the token's settings (Automations → API)",
};

/**
 * A 403 on an endpoint needing `scope`, told by whose tokens may hold it (the spec's x-scope-roles): a token
 * of a kind that can never hold it gets its own error (granting it cannot help), a token without it is told
 * which tokens can have it and where to grant it, and a token that has it keeps the error unless `whenHeld`
 * says why Pachca refuses such a token anyway.
 */
export function scopeRefusal(scope: string, whenHeld?: string): RefusalHint {
	const { roles, tokens } = holdersOf(scope);
	const everyPerson = roles.includes('user');
	const only = everyPerson && roles.includes('bot') ? '' : 'only ';
	return {
		statuses: ['403'],
		explain(owner, error, itemIndex) {
			const { kind } = owner;
			// A person's token may hold at most what the owner's may; which person it is, the token does not say.
			if (!roles.includes(kind === 'bot' ? 'bot' : 'owner')) {
				return new NodeOperationError(error.node, `The scope "${scope}" is only for ${tokens}, and the credential holds a ${kind} token`, {
					description: `A ${kind} token can never be given "${scope}", so granting it cannot help: use a credential with ${tokens} that has "${scope}", granted in ${GRANTED_IN[kind === 'bot' ? 'user' : 'bot']}.`,
					itemIndex,
				});
			}
			if (owner.scopes.includes(scope)) return whenHeld === undefined ? undefined : `The ${kind} token has "${scope}", yet Pachca refused: ${whenHeld}`;
			const grant =
				kind === 'user' && !everyPerson
					? `If the credential holds such a token, grant it in ${GRANTED_IN.user}, then retry; if not, use such a token.`
					: `Grant it in ${GRANTED_IN[kind]}, then retry.`;
			return `The ${kind} token lacks the scope "${scope}", which ${only}${tokens} can have. ${grant}`;
		},
	};
}
