// GET /chats, GET /chats/{id}, GET /profile, GET /oauth/token/info.
import { data, readableChat, type Ctx, type Route } from '../context';
import { pageParams, paginate, type SortKey } from '../pagination';
import type { Chat } from '../types';
import { iso } from '../util';
import { apiError, dateTimeParam, oneOf, parseId } from '../validation';

function boolParam(query: Record<string, string>, key: string): boolean | undefined {
	const v = query[key];
	if (v === undefined) return undefined;
	if (v === 'true') return true;
	if (v === 'false') return false;
	throw apiError(400, key, 'Must be true or false', 'invalid', v);
}

function listChats(ctx: Ctx) {
	const { query, state, user } = ctx;
	const availability = oneOf(query.availability ?? 'is_member', ['is_member', 'public'] as const, 'availability');
	const archived = boolParam(query, 'archived') ?? false;
	const personal = boolParam(query, 'personal');
	const after = dateTimeParam(query, 'last_message_at_after');
	const before = dateTimeParam(query, 'last_message_at_before');
	const list = ['chats', user.id, availability, archived, personal, after, before].join(':');
	const p = pageParams(query, list, ['id', 'last_message_at'], { sort: 'id', order: 'desc' });
	const keyOf = (c: Chat): SortKey => (p.sort === 'id' ? [c.id, c.id] : [c.last_message_at, c.id]);
	const items = [...state.chats.values()]
		.filter((c) => !state.threadByChatId(c.id))
		.filter((c) => (availability === 'public' ? c.public && !c.personal : c.member_ids.includes(user.id)))
		.filter((c) => archived || !c.archived)
		.filter((c) => personal === undefined || c.personal === personal)
		.filter((c) => (after === undefined || c.last_message_at >= after) && (before === undefined || c.last_message_at <= before))
		.sort((a, b) => {
			const [ka, kb] = [keyOf(a), keyOf(b)];
			const r = ka[0] < kb[0] ? -1 : ka[0] > kb[0] ? 1 : ka[1] < kb[1] ? -1 : ka[1] > kb[1] ? 1 : 0;
			return p.order === 'asc' ? r : -r;
		});
	const boundary: SortKey = p.sort === 'id' ? [state.lastId('chat'), state.lastId('chat')] : [iso(), 0];
	return { status: 200, body: paginate(items, keyOf, p, boundary, state.paginationQuirk) };
}

function getChat(ctx: Ctx) {
	return data(readableChat(ctx, parseId(ctx.params.id), 'id'));
}

function getProfile(ctx: Ctx) {
	return data(ctx.user);
}

/** AccessTokenInfo: the token masked to its first 8 and last 4 characters, `name: null` for bot tokens. */
function tokenInfo(ctx: Ctx) {
	const t = ctx.token;
	return data({
		id: t.id,
		token: `${t.token.slice(0, 8)}...${t.token.slice(-4)}`,
		name: t.bot ? null : t.name,
		user_id: t.userId,
		scopes: t.scopes,
		created_at: t.created_at,
		revoked_at: null,
		expires_in: null,
		last_used_at: t.last_used_at,
	});
}

export const chatRoutes: Route[] = [
	{ method: 'GET', path: '/chats', scope: 'chats:read', bucket: 'other', handler: listChats },
	{ method: 'GET', path: '/chats/:id', scope: 'chats:read', bucket: 'other', handler: getChat },
	{ method: 'GET', path: '/profile', scope: 'profile:read', bucket: 'other', handler: getProfile },
	{ method: 'GET', path: '/oauth/token/info', bucket: 'other', handler: tokenInfo },
];
