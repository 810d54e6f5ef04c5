// GET /search/messages, /search/chats, /search/users: full-text search as the spec describes it. Pages
// are cursor pages whose meta is SearchPaginationMeta ({ total, paginate: { next_page } }, no has_next):
// an empty page, with the cursor that was sent, marks the end. Limits per the docs: chats up to 100,
// messages and users up to 200.
import type { Ctx, Reply, Route } from '../context';
import { pageParams, paginate, type SortKey } from '../pagination';
import type { Chat, Message, User, UserRole } from '../types';
import { apiError, oneOf } from '../validation';

const ROLES: readonly UserRole[] = ['admin', 'user', 'multi_guest', 'guest'];

/** A query parameter checked by `parse`, or undefined when absent. */
function optional<T>(ctx: Ctx, key: string, parse: (raw: string) => T | undefined, expected: string): T | undefined {
	const raw = ctx.query[key];
	if (raw === undefined) return undefined;
	const value = parse(raw);
	if (value === undefined) throw apiError(400, key, `Must be ${expected}`, 'invalid', raw);
	return value;
}

const flag = (ctx: Ctx, key: string) => optional(ctx, key, (raw) => ({ true: true, false: false })[raw], 'true or false');
const moment = (ctx: Ctx, key: string) =>
	optional(ctx, key, (raw) => (Number.isNaN(Date.parse(raw)) ? undefined : new Date(raw).toISOString()), 'a date-time');
/** `explode: false` arrays: one parameter, values joined by commas. */
const list = <T>(ctx: Ctx, key: string, each: (raw: string) => T | undefined, expected: string) =>
	optional(ctx, key, (raw) => {
		const values = raw.split(',').map(each);
		return values.some((v) => v === undefined) ? undefined : (values as T[]);
	}, `a comma-separated list of ${expected}`);
const int32 = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : undefined);

/** Case-insensitive occurrences of the query in the texts: the relevance score (0 = no match). */
function score(query: string | undefined, texts: Array<string | null>): number {
	if (query === undefined || query.trim() === '') return 1;
	const needle = query.trim().toLowerCase();
	return texts.reduce((sum, text) => sum + ((text ?? '').toLowerCase().split(needle).length - 1), 0);
}

interface Found<T> {
	item: T;
	key: SortKey;
}

/** One page of the found records in list order, with the search meta. */
function searchPage<T>(ctx: Ctx, name: string, found: Array<Found<T>>, sorts: readonly string[], sort: string, maxLimit: number): Reply {
	const limit = optional(ctx, 'limit', (raw) => {
		const n = int32(raw);
		return n !== undefined && n >= 1 && n <= maxLimit ? n : undefined;
	}, `an integer from 1 to ${maxLimit}`);
	// The list's identity: the method, the token's user and every filter (a cursor of another search is refused).
	const identity = [name, ctx.user.id, ...Object.entries(ctx.query).filter(([k]) => k !== 'cursor' && k !== 'limit').flat()].join(':');
	// pageParams checks the cursor, sort and order; the limit is checked above against this method's maximum.
	const p = { ...pageParams({ ...ctx.query, limit: undefined as never, sort }, identity, sorts, { sort, order: 'desc' }), limit: limit ?? maxLimit };
	const keys = new Map(found.map((f) => [f.item, f.key]));
	const sign = p.order === 'asc' ? 1 : -1;
	const items = found
		.sort((a, b) => sign * (a.key[0] < b.key[0] ? -1 : a.key[0] > b.key[0] ? 1 : a.key[1] < b.key[1] ? -1 : a.key[1] > b.key[1] ? 1 : 0))
		.map((f) => f.item);
	const page = paginate(items, (item) => keys.get(item)!, p, p.order === 'asc' ? ['', 0] : ['\uffff', Number.MAX_SAFE_INTEGER], null);
	return { status: 200, body: { data: page.data, meta: { total: items.length, paginate: { next_page: page.meta.paginate.next_page } } } };
}

function inRange(createdAt: string, ctx: Ctx): boolean {
	const [from, to] = [moment(ctx, 'created_from'), moment(ctx, 'created_to')];
	return (from === undefined || createdAt >= from) && (to === undefined || createdAt <= to);
}

function searchMessages(ctx: Ctx): Reply {
	const { state, user, query } = ctx;
	const sort = oneOf(query.sort ?? 'created_at', ['created_at', 'relevance'] as const, 'sort');
	const chatIds = list(ctx, 'chat_ids', int32, 'chat IDs');
	const userIds = list(ctx, 'user_ids', int32, 'user IDs');
	const active = flag(ctx, 'active');
	const found: Array<Found<Message>> = [];
	for (const message of state.messages.values()) {
		const chat = state.chats.get(message.chat_id);
		if (!chat || message.deleted_at || !state.canRead(user.id, chat) || !inRange(message.created_at, ctx)) continue;
		if ((chatIds && !chatIds.includes(chat.id)) || (userIds && !userIds.includes(message.user_id))) continue;
		if (active !== undefined && state.rootChat(chat).archived === active) continue;
		const points = score(query.query, [message.content]);
		if (points > 0) found.push({ item: message, key: sort === 'relevance' ? [points, message.id] : [message.created_at, message.id] });
	}
	return searchPage(ctx, 'messages', found, ['created_at', 'relevance'], sort, 200);
}

function searchChats(ctx: Ctx): Reply {
	const { state, user, query } = ctx;
	const active = flag(ctx, 'active');
	const personal = flag(ctx, 'personal');
	const subtype = query.chat_subtype === undefined ? undefined : oneOf(query.chat_subtype, ['discussion', 'thread'] as const, 'chat_subtype');
	const found: Array<Found<Chat>> = [];
	for (const chat of state.chats.values()) {
		if (!state.canRead(user.id, chat) || !inRange(chat.created_at, ctx)) continue;
		if (active !== undefined && chat.archived === active) continue;
		if (personal !== undefined && chat.personal !== personal) continue;
		if (subtype !== undefined && (state.threadByChatId(chat.id) ? 'thread' : 'discussion') !== subtype) continue;
		if (score(query.query, [chat.name]) > 0) found.push({ item: chat, key: [chat.created_at, chat.id] });
	}
	return searchPage(ctx, 'chats', found, ['created_at'], 'created_at', 100);
}

function searchUsers(ctx: Ctx): Reply {
	const { state, query } = ctx;
	const sort = oneOf(query.sort ?? 'by_score', ['by_score', 'alphabetical', 'creation'] as const, 'sort');
	const roles = list(ctx, 'company_roles', (raw) => (ROLES as readonly string[]).includes(raw) ? raw : undefined, ROLES.join(', '));
	const found: Array<Found<User>> = [];
	for (const person of state.users.values()) {
		if (!inRange(person.created_at, ctx) || (roles && !roles.includes(person.role))) continue;
		const name = `${person.first_name ?? ''} ${person.last_name ?? ''}`.trim();
		const points = score(query.query, [name, person.nickname, person.email, person.title, person.department]);
		if (points === 0) continue;
		const key: SortKey = sort === 'by_score' ? [points, person.id] : sort === 'alphabetical' ? [name.toLowerCase(), person.id] : [person.created_at, person.id];
		found.push({ item: person, key });
	}
	return searchPage(ctx, 'users', found, ['by_score', 'alphabetical', 'creation'], sort, 200);
}

export const searchRoutes: Route[] = [
	{ method: 'GET', path: '/search/messages', scope: 'search:messages', bucket: 'other', handler: searchMessages },
	{ method: 'GET', path: '/search/chats', scope: 'search:chats', bucket: 'other', handler: searchChats },
	{ method: 'GET', path: '/search/users', scope: 'search:users', bucket: 'other', handler: searchUsers },
];
