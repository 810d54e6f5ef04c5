// POST /threads, GET /threads, GET /threads/{id} (POST /messages/{id}/thread lives in message-actions.ts).
import { data, type Ctx, type Route } from '../context';
import { cursorOnly, pageParams, paginate } from '../pagination';
import type { Thread } from '../types';
import { iso } from '../util';
import { dateTimeParam, notFound, parseId } from '../validation';

/** A thread the caller sees: a member of its chat, or of the chat its message is in. */
function visible(ctx: Ctx, thread: Thread): boolean {
	const chat = ctx.state.chats.get(thread.chat_id);
	return chat !== undefined && ctx.state.isMember(ctx.user.id, chat);
}

/** The time of the thread's last message (its chat's), which the list sorts and filters by. */
const lastMessageAt = (ctx: Ctx, thread: Thread): string => ctx.state.chats.get(thread.chat_id)?.last_message_at ?? thread.updated_at;

/** The creator is the only member; message_id and message_chat_id are null (guides-threads.mdx). */
function createStandalone(ctx: Ctx) {
	const { state, user } = ctx;
	const chat = state.addChat({ name: 'Thread', ownerId: user.id, memberIds: [] });
	const thread: Thread = { id: state.nextId('thread'), chat_id: chat.id, message_id: null, message_chat_id: null, updated_at: iso() };
	state.threads.set(thread.id, thread);
	return data(thread, 201);
}

function getThread(ctx: Ctx) {
	const id = parseId(ctx.params.id);
	const thread = ctx.state.threads.get(id);
	if (!thread || !visible(ctx, thread)) throw notFound('id', id, 'Thread');
	return data(thread);
}

/** Newest last message first; the time filters are inclusive. */
function listThreads(ctx: Ctx) {
	const after = dateTimeParam(ctx.query, 'last_message_at_after');
	const before = dateTimeParam(ctx.query, 'last_message_at_before');
	const p = pageParams(cursorOnly(ctx.query), ['threads', ctx.user.id, after, before].join(':'), ['last_message_at'], {
		sort: 'last_message_at',
		order: 'desc',
	});
	const keyOf = (t: Thread): [string, number] => [lastMessageAt(ctx, t), t.id];
	const items = [...ctx.state.threads.values()]
		.filter((t) => visible(ctx, t))
		.filter((t) => (after === undefined || lastMessageAt(ctx, t) >= after) && (before === undefined || lastMessageAt(ctx, t) <= before))
		.sort((a, b) => {
			const [ka, kb] = [keyOf(a), keyOf(b)];
			return ka[0] < kb[0] ? 1 : ka[0] > kb[0] ? -1 : kb[1] - ka[1];
		});
	return { status: 200, body: paginate(items, keyOf, p, [iso(), 0], ctx.state.paginationQuirk) };
}

export const threadRoutes: Route[] = [
	{ method: 'POST', path: '/threads', scope: 'threads:create', bucket: 'other', handler: createStandalone },
	{ method: 'GET', path: '/threads', scope: 'threads:read', bucket: 'other', handler: listThreads },
	{ method: 'GET', path: '/threads/:id', scope: 'threads:read', bucket: 'other', handler: getThread },
];
