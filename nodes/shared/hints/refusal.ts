import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { TokenOwner } from '../bots';
import { readTokenOwner } from '../bots';
import type { ExecutionGate } from '../transport';

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

/**
 * Scopes that only the workspace Owner's personal token may hold (the spec's x-scope-roles: owner), such
 * as audit_events:read and chat_exports:*: a bot token, or another person's token, is told which token has it.
 */
export function needsOwnerToken(operation: string, scope: string): RefusalHint {
	return {
		statuses: ['403'],
		explain(owner, error, itemIndex) {
			if (owner.kind === 'bot') {
				return new NodeOperationError(error.node, `${operation} needs the workspace Owner's user token with "${scope}", and the credential holds a bot token`, {
					description: `Only the Owner's personal token may hold "${scope}" (Automations → API, signed in as the Owner); a bot's or an admin's token cannot.`,
					itemIndex,
				});
			}
			if (owner.scopes.includes(scope)) return undefined;
			return `The token lacks the scope "${scope}", which only the workspace Owner's personal token may hold: create a token as the Owner with "${scope}" (Automations → API), then use it in the credential.`;
		},
	};
}

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

/** Scopes whose x-scope-roles are only owner and admin: no bot token and no employee's token holds them. */
const ADMIN_SCOPES = new Set(['users:create', 'users:update', 'users:delete', 'user_status:write', 'user_avatar:write', 'group_tags:write']);

/**
 * Managing people (create, edit, delete a user, another user's status or avatar): only a workspace
 * admin's or the owner's token can hold the scope, so the refusal says which token is needed.
 * Undefined for a scope any token may hold: the status hint already names it.
 */
export function adminScopeHint(scope: string | undefined): RefusalHint | undefined {
	if (scope === undefined || !ADMIN_SCOPES.has(scope)) return undefined;
	return {
		statuses: ['403'],
		explain(owner, error, itemIndex) {
			if (owner.kind === 'bot') {
				return new NodeOperationError(error.node, `The scope "${scope}" is held only by a workspace admin's or owner's token, and the credential holds a bot token`, {
					description: `A bot cannot be given "${scope}". Use a credential with the personal token of an admin (or the owner) that has "${scope}" (Automations → API).`,
					itemIndex,
				});
			}
			if (!owner.scopes.includes(scope)) {
				return `The token lacks the scope "${scope}", which only the personal token of a workspace admin or the owner can hold (never a bot's). Create such a token with "${scope}" (Automations → API), then retry.`;
			}
			return `The token has "${scope}", yet Pachca refused: its owner is no longer an admin (the scope works only for admins and the owner), or the user is the workspace Owner, whom no other token may change.`;
		},
	};
}

/** Who may be given a scope (the spec's x-scope-roles), as the refusal names them. */
export type ScopeHolders = 'botsAndUsers' | 'admins';

const HOLDERS_TEXT: Record<ScopeHolders, string> = {
	botsAndUsers: 'a bot token or a user token',
	admins: "a user token of an admin or the workspace's owner (Automations → API)",
};

/**
 * A 403 on an endpoint needing `scope`: a bot token asking for a scope only admins may hold gets its own
 * error (granting the bot a scope cannot help); a token without the scope is told which tokens can have it.
 */
export function needsScope(scope: string, holders: ScopeHolders): RefusalHint {
	return {
		statuses: ['403'],
		explain(owner, error, itemIndex) {
			if (holders === 'admins' && owner.kind === 'bot') {
				return new NodeOperationError(error.node, `"${scope}" is only for ${HOLDERS_TEXT.admins}, and the credential holds a bot token`, {
					description: `A bot cannot be given "${scope}". Use a credential with the token of an admin or the owner that has this scope.`,
					itemIndex,
				});
			}
			if (owner.scopes.includes(scope)) return undefined;
			const where = owner.kind === 'bot' ? "the bot's API settings" : "the token's settings (Automations → API)";
			return `The ${owner.kind} token lacks the scope "${scope}", which ${HOLDERS_TEXT[holders]} can have. Grant it in ${where}, then retry.`;
		},
	};
}
