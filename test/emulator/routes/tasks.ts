// GET/POST /tasks, GET/PUT/DELETE /tasks/{id}. A task is seen by its creator and its performers. due_at is
// read with its own offset: the wall time 23:59:59.000 there makes an all-day task, as the spec says.
import { data, noContent, type Ctx, type Route } from '../context';
import { cursorOnly, pageParams, paginate } from '../pagination';
import type { Task, TaskKind } from '../types';
import { iso } from '../util';
import { apiError, isObject, notFound, oneOf, optBool, optInt, optString, parseId, wrapper } from '../validation';

const KINDS: readonly TaskKind[] = ['call', 'meeting', 'reminder', 'event', 'email'];
/** Pachca's text for a task without a description: the kind's name. */
const KIND_TEXT: Record<TaskKind, string> = {
	call: 'Позвонить контакту', meeting: 'Встреча', reminder: 'Напоминание', event: 'Событие', email: 'Написать письмо',
};
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)(Z|[+-]\d{2}:\d{2})$/;

const visible = (ctx: Ctx, task: Task) => task.user_id === ctx.user.id || task.performer_ids.includes(ctx.user.id);

function taskOf(ctx: Ctx): Task {
	const id = parseId(ctx.params.id);
	const task = ctx.state.tasks.get(id);
	if (!task || !visible(ctx, task)) throw notFound('id', id, 'Task');
	return task;
}

/** An ISO 8601 date-time with an offset: the moment in UTC, and whether its wall time is 23:59:59.000. */
function dateTime(w: Record<string, unknown>, key: string): { utc: string; endOfDay: boolean } | undefined {
	const raw = optString(w, key);
	if (raw === undefined) return undefined;
	const match = ISO_WITH_OFFSET.exec(raw);
	if (!match || Number.isNaN(Date.parse(raw))) throw apiError(400, key, 'Must be an ISO 8601 date-time with an offset', 'invalid', raw);
	return { utc: new Date(raw).toISOString(), endOfDay: /^23:59:59(\.0{1,3})?$/.test(match[1]) };
}

function priority(w: Record<string, unknown>): number | undefined {
	const value = optInt(w, 'priority');
	if (value !== undefined && value > 3) throw apiError(422, 'priority', 'Must be 1, 2 or 3', 'inclusion', value);
	return value;
}

function performers(ctx: Ctx, w: Record<string, unknown>): number[] | undefined {
	const raw = w.performer_ids;
	if (raw === undefined || raw === null) return undefined;
	if (!Array.isArray(raw)) throw apiError(400, 'performer_ids', 'Must be an array of integers', 'invalid', raw);
	const ids = raw.map((id) => optInt({ performer_ids: id }, 'performer_ids') as number);
	if (ids.length === 0) throw apiError(422, 'performer_ids', "Can't be blank", 'blank', raw);
	for (const id of ids) if (!ctx.state.users.has(id)) throw notFound('performer_ids', id, 'User');
	return [...new Set(ids)];
}

function customProperties(w: Record<string, unknown>): Task['custom_properties'] | undefined {
	const raw = w.custom_properties;
	if (raw === undefined || raw === null) return undefined;
	if (!Array.isArray(raw)) throw apiError(400, 'custom_properties', 'Must be an array', 'invalid', raw);
	return raw.map((entry) => {
		if (!isObject(entry) || entry.id === undefined || entry.value === undefined) {
			throw apiError(400, 'custom_properties', 'Each entry needs id and value', 'invalid', entry);
		}
		const id = optInt(entry, 'id') as number;
		return { id, name: `Property ${id}`, data_type: 'string' as const, value: optString(entry, 'value') ?? null };
	});
}

/** The fields both requests share, checked before anything changes. */
function commonFields(ctx: Ctx, w: Record<string, unknown>) {
	const content = optString(w, 'content');
	if (content !== undefined && content.trim() === '') throw apiError(422, 'content', "Can't be blank", 'blank', content);
	const due = dateTime(w, 'due_at');
	return {
		content, due, priority: priority(w), performers: performers(ctx, w), allDay: optBool(w, 'all_day'),
		custom: customProperties(w),
	};
}

function createTask(ctx: Ctx) {
	const w = wrapper(ctx.body, 'task');
	if (w.kind === undefined || w.kind === null) throw apiError(400, 'kind', 'Required parameter is missing', 'required');
	const kind = oneOf(w.kind, KINDS, 'kind');
	const f = commonFields(ctx, w);
	const chatId = optInt(w, 'chat_id');
	if (chatId !== undefined) {
		const chat = ctx.state.chats.get(chatId);
		if (!chat || !ctx.state.isMember(ctx.user.id, chat)) throw notFound('chat_id', chatId, 'Chat');
	}
	const task: Task = {
		id: ctx.state.nextId('task'), kind, content: f.content ?? KIND_TEXT[kind], due_at: f.due?.utc ?? null,
		priority: f.priority ?? 1, user_id: ctx.user.id, chat_id: chatId ?? null, status: 'undone', created_at: iso(),
		performer_ids: f.performers ?? [ctx.user.id], all_day: f.allDay ?? f.due?.endOfDay ?? false,
		custom_properties: f.custom ?? [],
	};
	ctx.state.tasks.set(task.id, task);
	return data(task, 201);
}

function updateTask(ctx: Ctx) {
	const task = taskOf(ctx);
	const w = wrapper(ctx.body, 'task');
	const kind = w.kind === undefined ? undefined : oneOf(w.kind, KINDS, 'kind');
	const status = w.status === undefined ? undefined : oneOf(w.status, ['done', 'undone'] as const, 'status');
	const f = commonFields(ctx, w);
	dateTime(w, 'done_at'); // checked; the Task schema does not return it
	Object.assign(task, {
		...(kind && { kind }), ...(status && { status }), ...(f.content !== undefined && { content: f.content }),
		...(f.due && { due_at: f.due.utc, all_day: f.due.endOfDay }), ...(f.priority !== undefined && { priority: f.priority }),
		...(f.performers && { performer_ids: f.performers }), ...(f.custom && { custom_properties: f.custom }),
	});
	if (f.allDay !== undefined) task.all_day = f.allDay;
	return data(task);
}

function listTasks(ctx: Ctx) {
	const p = pageParams(cursorOnly(ctx.query), `tasks:${ctx.user.id}`, ['id'], { sort: 'id', order: 'desc' });
	const tasks = [...ctx.state.tasks.values()].filter((t) => visible(ctx, t)).sort((a, b) => b.id - a.id);
	const last = ctx.state.lastId('task');
	const page = paginate(tasks, (t) => [t.id, t.id], p, [last, last], ctx.state.paginationQuirk);
	return { status: 200, body: { data: page.data, meta: page.meta } };
}

function deleteTask(ctx: Ctx) {
	ctx.state.tasks.delete(taskOf(ctx).id);
	return noContent();
}

export const taskRoutes: Route[] = [
	{ method: 'GET', path: '/tasks', scope: 'tasks:read', bucket: 'other', handler: listTasks },
	{ method: 'POST', path: '/tasks', scope: 'tasks:create', bucket: 'other', handler: createTask },
	{ method: 'GET', path: '/tasks/:id', scope: 'tasks:read', bucket: 'other', handler: (ctx) => data(taskOf(ctx)) },
	{ method: 'PUT', path: '/tasks/:id', scope: 'tasks:update', bucket: 'other', handler: updateTask },
	{ method: 'DELETE', path: '/tasks/:id', scope: 'tasks:delete', bucket: 'other', handler: deleteTask },
];
