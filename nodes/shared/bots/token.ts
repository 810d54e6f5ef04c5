import type { IDataObject } from 'n8n-workflow';

import type { PachcaContext, RequestOptions } from '../transport';
import { pachcaApiRequest } from '../transport';
import { TOKEN_INFO } from './routes';

/** Whose token the credential holds, as GET /oauth/token/info tells it (that method needs no scope). */
export interface TokenOwner {
	/** a bot's own token, or a person's (user or admin) */
	kind: 'bot' | 'user';
	/** the owner's user ID: for a bot token, the bot's ID */
	userId: number | undefined;
	scopes: string[];
}

/**
 * Bot token = no name and no bots:* scope. The spec says only hand-made tokens have a name, so a user
 * token may lack one too; but bots:* scopes cannot be given to a bot, so holding one marks a user token.
 */
export function ownerOf(info: IDataObject): TokenOwner {
	const scopes = Array.isArray(info.scopes) ? info.scopes.filter((s): s is string => typeof s === 'string') : [];
	const bot = (info.name === null || info.name === undefined) && !scopes.some((scope) => scope.startsWith('bots:'));
	const userId = typeof info.user_id === 'number' && Number.isSafeInteger(info.user_id) ? info.user_id : undefined;
	return { kind: bot ? 'bot' : 'user', userId, scopes };
}

export async function readTokenOwner(ctx: PachcaContext, options: RequestOptions = {}): Promise<TokenOwner> {
	const response = await pachcaApiRequest.call(ctx, TOKEN_INFO, options);
	return ownerOf((response.data ?? {}) as IDataObject);
}
