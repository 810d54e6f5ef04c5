// What a route handler gets and returns.
import type { Bucket } from './ratelimit';
import type { EmulatorState } from './state';
import type { Chat, TokenRecord, User } from './types';
import { notFound, oauthError } from './validation';
import type { WebhookDispatcher } from './webhooks';

export interface Ctx {
	state: EmulatorState;
	hooks: WebhookDispatcher;
	token: TokenRecord;
	user: User;
	params: Record<string, string>;
	query: Record<string, string>;
	body: unknown;
	/** the request's bytes and Content-Type, for multipart/form-data bodies (body is then undefined) */
	raw: Buffer;
	contentType?: string;
}

export interface Reply {
	status: number;
	body?: unknown;
	/** extra response headers (a redirect's Location) */
	headers?: Record<string, string>;
}

export interface Route {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	/** Path without the API prefix; `:name` segments become params. */
	path: string;
	/** x-requirements.scope of the operation; absent when the method needs none. */
	scope?: string;
	/** x-requirements.plan: on another workspace plan the method answers 402 */
	plan?: string;
	bucket: Bucket;
	/** Extra rate-limit key within the token (messagesWrite counts per chat). */
	rateKey?: (ctx: Ctx) => string;
	handler: (ctx: Ctx) => Reply;
}

export const data = (value: unknown, status = 200): Reply => ({ status, body: { data: value } });
export const noContent = (): Reply => ({ status: 204 });

/** For methods the docs reserve to bot tokens. */
export function requireBot(ctx: Ctx): void {
	if (!ctx.token.bot) {
		throw oauthError(403, 'insufficient_scope', 'This method is only available with a bot access_token');
	}
}

/** A chat the caller may read (member, member of the thread's parent chat, or a public chat); else 404. */
export function readableChat(ctx: Ctx, chatId: number, key = 'chat_id'): Chat {
	const chat = ctx.state.chats.get(chatId);
	if (!chat || !ctx.state.canRead(ctx.user.id, chat)) throw notFound(key, chatId, 'Chat');
	return chat;
}
