// GET /messages/{id}/read_member_ids (Message → Get Readers; it resolves readers with GET /users/{id}, in users.ts).
import type { Ctx, Route } from '../context';
import { cursorOnly, pageParams, paginate } from '../pagination';
import type { EmulatorState } from '../state';
import { liveMessage } from './messages';

/** read_member_ids pages: up to 300, 300 when no limit is sent (the spec's, unlike other lists). */
const READERS_LIMIT = { max: 300, fallback: 300 };

const stores = new WeakMap<EmulatorState, Map<number, Set<number>>>();

/** The users who read a message (tests mark reads here: the emulator has no clients that read). */
export function readersOf(state: EmulatorState, messageId: number): Set<number> {
	let byMessage = stores.get(state);
	if (!byMessage) stores.set(state, (byMessage = new Map()));
	if (!byMessage.has(messageId)) byMessage.set(messageId, new Set());
	return byMessage.get(messageId)!;
}

/** User IDs in ascending order, one page at a time. */
function listReaders(ctx: Ctx) {
	const msg = liveMessage(ctx, ctx.params.id);
	const p = pageParams(cursorOnly(ctx.query), `readers:${msg.id}`, ['id'], { sort: 'id', order: 'asc' }, READERS_LIMIT);
	const ids = [...readersOf(ctx.state, msg.id)].sort((a, b) => a - b);
	return { status: 200, body: paginate(ids, (id) => [id, id], p, [0, 0], ctx.state.paginationQuirk) };
}

export const readerRoutes: Route[] = [
	{ method: 'GET', path: '/messages/:id/read_member_ids', scope: 'messages:read', bucket: 'other', handler: listReaders },
];
