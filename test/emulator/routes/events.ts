// GET /webhooks/events (a bot's stored webhook events) and DELETE /webhooks/events/{id}.
// The spec promises no order for the history: tests switch the emulator's with setHistoryOrder.
import { noContent, requireBot, type Ctx, type Route } from '../context';
import { pageParams, paginate, type Order } from '../pagination';
import type { EmulatorState } from '../state';
import { apiError, notFound } from '../validation';
import { ULID_RE } from '../util';

/** The query parameters the spec defines for GET /webhooks/events. */
const LIST_PARAMS = ['limit', 'cursor'];

const orders = new WeakMap<EmulatorState, Order>();

/** 'desc' (newest first, the default) or 'asc' (oldest first) for the history of every bot of this emulator. */
export function setHistoryOrder(state: EmulatorState, order: Order): void {
	orders.set(state, order);
}

function listEvents(ctx: Ctx) {
	// The history belongs to the bot whose token is used (there is no bot id parameter).
	requireBot(ctx);
	const unknown = Object.keys(ctx.query).filter((key) => !LIST_PARAMS.includes(key));
	if (unknown.length > 0) throw apiError(400, unknown[0], 'Unknown parameter', 'invalid', ctx.query[unknown[0]]);
	const order = orders.get(ctx.state) ?? 'desc';
	const p = pageParams(ctx.query, `events:${ctx.user.id}`, ['id'], { sort: 'id', order });
	const sign = p.order === 'asc' ? 1 : -1;
	const items = [...(ctx.state.history.get(ctx.user.id) ?? [])].sort((a, b) => (a.id < b.id ? -sign : a.id > b.id ? sign : 0));
	const boundary = ctx.state.ulid.boundary();
	return { status: 200, body: paginate(items, (e) => [e.id, e.id], p, [boundary, boundary], ctx.state.paginationQuirk) };
}

function deleteEvent(ctx: Ctx) {
	requireBot(ctx);
	const id = ctx.params.id;
	// The spec lists no 400 here: an ID that is not a ULID is simply not found.
	const list = ctx.state.history.get(ctx.user.id) ?? [];
	const index = ULID_RE.test(id) ? list.findIndex((e) => e.id === id) : -1;
	if (index < 0) throw notFound('id', id, 'Event');
	list.splice(index, 1);
	return noContent();
}

export const eventRoutes: Route[] = [
	{ method: 'GET', path: '/webhooks/events', scope: 'webhooks:events:read', bucket: 'events', handler: listEvents },
	{ method: 'DELETE', path: '/webhooks/events/:id', scope: 'webhooks:events:delete', bucket: 'other', handler: deleteEvent },
];
