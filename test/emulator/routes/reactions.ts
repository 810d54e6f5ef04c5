// POST, DELETE and GET /messages/{id}/reactions, with the limits of the spec's description.
import { noContent, type Ctx, type Route } from '../context';
import { cursorOnly, pageParams, paginate } from '../pagination';
import type { EmulatorState } from '../state';
import { iso } from '../util';
import { apiError, isObject, notFound, optString } from '../validation';
import { liveMessage } from './messages';

/** Reaction as the spec returns it, plus the order it was added in (the list's sort key). */
export interface StoredReaction {
	seq: number;
	user_id: number;
	created_at: string;
	code: string;
	name: string;
}

const MAX_UNIQUE_PER_USER = 20;
const MAX_UNIQUE_PER_MESSAGE = 30;
const MAX_TOTAL = 1000;

const stores = new WeakMap<EmulatorState, { seq: number; byMessage: Map<number, StoredReaction[]> }>();

function store(state: EmulatorState) {
	let found = stores.get(state);
	if (!found) stores.set(state, (found = { seq: 1, byMessage: new Map() }));
	return found;
}

/** The reactions on a message, oldest first (tests seed and inspect them here). */
export function reactionsOf(state: EmulatorState, messageId: number): StoredReaction[] {
	const { byMessage } = store(state);
	if (!byMessage.has(messageId)) byMessage.set(messageId, []);
	return byMessage.get(messageId)!;
}

/** Stores a reaction without the API's checks (test seeding). */
export function seedReaction(state: EmulatorState, messageId: number, userId: number, code: string, name = code): StoredReaction {
	const reaction = { seq: store(state).seq++, user_id: userId, created_at: iso(), code, name };
	reactionsOf(state, messageId).push(reaction);
	return reaction;
}

const publicView = (r: StoredReaction) => ({ user_id: r.user_id, created_at: r.created_at, code: r.code, name: r.name });

const unique = (list: StoredReaction[]) => new Set(list.map((r) => r.code)).size;

/** A user's repeated reaction is not added again: the one already there is returned. */
function addReaction(ctx: Ctx) {
	const msg = liveMessage(ctx, ctx.params.id);
	if (!isObject(ctx.body)) throw apiError(400, 'code', 'Required parameter is missing', 'required');
	const code = optString(ctx.body, 'code');
	if (code === undefined || code.trim() === '') throw apiError(400, 'code', 'Required parameter is missing', 'required', code);
	const name = optString(ctx.body, 'name');
	const list = reactionsOf(ctx.state, msg.id);
	const existing = list.find((r) => r.user_id === ctx.user.id && r.code === code);
	if (existing) return { status: 201, body: publicView(existing) };
	const mine = list.filter((r) => r.user_id === ctx.user.id);
	if (!mine.some((r) => r.code === code) && unique(mine) >= MAX_UNIQUE_PER_USER) {
		throw apiError(422, 'code', `A user may set at most ${MAX_UNIQUE_PER_USER} different reactions`, 'too_many', code);
	}
	if (!list.some((r) => r.code === code) && unique(list) >= MAX_UNIQUE_PER_MESSAGE) {
		throw apiError(422, 'code', `A message may have at most ${MAX_UNIQUE_PER_MESSAGE} different reactions`, 'too_many', code);
	}
	if (list.length >= MAX_TOTAL) throw apiError(422, 'code', `A message may have at most ${MAX_TOTAL} reactions`, 'too_many', code);
	// The spec answers 201 with the Reaction itself, not wrapped in `data`.
	const added = seedReaction(ctx.state, msg.id, ctx.user.id, code, name ?? code);
	ctx.hooks.onReaction(msg, 'new', added);
	return { status: 201, body: publicView(added) };
}

/** Only the caller's own reaction can be removed. */
function removeReaction(ctx: Ctx) {
	const msg = liveMessage(ctx, ctx.params.id);
	const { code, name } = ctx.query;
	if (code === undefined || code === '') throw apiError(400, 'code', 'Required parameter is missing', 'required');
	const list = reactionsOf(ctx.state, msg.id);
	const at = list.findIndex((r) => r.user_id === ctx.user.id && r.code === code && (name === undefined || r.name === name));
	if (at < 0) throw notFound('code', code, 'Reaction');
	const [removed] = list.splice(at, 1);
	ctx.hooks.onReaction(msg, 'delete', removed);
	return noContent();
}

function listReactions(ctx: Ctx) {
	const msg = liveMessage(ctx, ctx.params.id);
	const p = pageParams(cursorOnly(ctx.query), `reactions:${msg.id}`, ['id'], { sort: 'id', order: 'asc' });
	const body = paginate(reactionsOf(ctx.state, msg.id), (r) => [r.seq, r.seq], p, [0, 0], ctx.state.paginationQuirk);
	return { status: 200, body: { data: body.data.map(publicView), meta: body.meta } };
}

export const reactionRoutes: Route[] = [
	{ method: 'POST', path: '/messages/:id/reactions', scope: 'reactions:write', bucket: 'other', handler: addReaction },
	{ method: 'DELETE', path: '/messages/:id/reactions', scope: 'reactions:write', bucket: 'other', handler: removeReaction },
	{ method: 'GET', path: '/messages/:id/reactions', scope: 'reactions:read', bucket: 'other', handler: listReactions },
];
