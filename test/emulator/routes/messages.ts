// POST /messages, GET /messages, GET/PUT/DELETE /messages/{id}.
import { data, noContent, readableChat, type Ctx, type Route } from '../context';
import { pageParams, paginate } from '../pagination';
import type { Chat, EntityType, Message, MessageFile } from '../types';
import { iso } from '../util';
import { fileUrl } from './downloads';
import { uploadStore } from './uploads';
import {
	apiError,
	notFound,
	oneOf,
	optBool,
	optInt,
	optString,
	parseId,
	validateButtons,
	validateFiles,
	wrapper,
	type FileInput,
} from '../validation';

const ENTITY_TYPES: readonly EntityType[] = ['discussion', 'thread', 'user'];

/**
 * A file's key must come from an upload of this token (POST /uploads, then the direct upload); an
 * update may also name the files the message already has.
 */
function uploadedFiles(ctx: Ctx, files: FileInput[], current: MessageFile[] = []): FileInput[] {
	const uploads = uploadStore(ctx.state);
	files.forEach((f, i) => {
		if (!uploads.uploadedBy(f.key, ctx.token.id) && !current.some((c) => c.key === f.key)) {
			throw apiError(422, `files.${i}.key`, 'File not found: upload it first (POST /uploads)', 'not_found', f.key);
		}
	});
	return files;
}

function toFiles(ctx: Ctx, files: FileInput[]): MessageFile[] {
	return files.map((f) => ({
		id: ctx.state.nextId('file'), key: f.key, name: f.name, file_type: f.file_type,
		url: fileUrl(ctx.state, f.key), width: f.width ?? null, height: f.height ?? null,
	}));
}

/** A message that exists, is not deleted and is in a chat the caller can read; else 404. */
export function liveMessage(ctx: Ctx, raw: string | undefined): Message {
	const id = parseId(raw);
	const msg = ctx.state.messages.get(id);
	const chat = msg && ctx.state.chats.get(msg.chat_id);
	if (!msg || !chat || !ctx.state.canRead(ctx.user.id, chat)) throw notFound('id', id, 'Message');
	if (msg.deleted_at) throw apiError(404, 'id', 'Message has been deleted', 'message_deleted', id);
	return msg;
}

function writableChat(ctx: Ctx, chat: Chat | undefined, key: string, value: number): Chat {
	if (!chat || !ctx.state.canRead(ctx.user.id, chat)) throw notFound(key, value, 'Chat');
	if (!ctx.state.isMember(ctx.user.id, chat)) throw apiError(403, key, 'You are not a member of this chat', 'forbidden', value);
	if (chat.archived) throw apiError(422, key, 'Chat is archived', 'not_applicable', value);
	return chat;
}

function entityTypeOf(m: Record<string, unknown>): EntityType {
	if (m.entity_type === undefined || m.entity_type === null) return 'discussion';
	const raw = typeof m.entity_type === 'string' ? m.entity_type.toLowerCase() : m.entity_type;
	return oneOf(raw, ENTITY_TYPES, 'entity_type');
}

/** Rate-limit key of a message write: the target chat when it can be resolved. */
function createRateKey(ctx: Ctx): string {
	const m = (ctx.body as { message?: Record<string, unknown> } | undefined)?.message;
	if (!m || typeof m !== 'object') return 'chat:?';
	const id = Number(m.entity_id);
	const type = typeof m.entity_type === 'string' ? m.entity_type.toLowerCase() : 'discussion';
	if (type === 'thread') return `chat:${ctx.state.threads.get(id)?.chat_id ?? `thread${id}`}`;
	if (type === 'user') return `chat:${ctx.state.personalChat(ctx.user.id, id)?.id ?? `user${id}`}`;
	return `chat:${id}`;
}

function messageRateKey(ctx: Ctx): string {
	const msg = ctx.state.messages.get(Number(ctx.params.id));
	return `chat:${msg?.chat_id ?? `message${ctx.params.id}`}`;
}

function createMessage(ctx: Ctx) {
	const m = wrapper(ctx.body, 'message');
	const entityType = entityTypeOf(m);
	if (m.entity_id === undefined || m.entity_id === null) throw apiError(400, 'entity_id', 'Required parameter is missing', 'required');
	const entityId = optInt(m, 'entity_id')!;
	if (m.content !== undefined && m.content !== null && typeof m.content !== 'string') {
		throw apiError(400, 'content', 'Must be a string', 'invalid', m.content);
	}
	const content = typeof m.content === 'string' ? m.content : '';
	const files = m.files === undefined || m.files === null ? [] : uploadedFiles(ctx, validateFiles(m.files, true));
	if (content.trim() === '' && files.length === 0) throw apiError(422, 'content', "Can't be blank", 'blank', content);
	const buttons = m.buttons === undefined || m.buttons === null ? null : validateButtons(m.buttons);
	const parentId = optInt(m, 'parent_message_id');
	const displayName = optString(m, 'display_name', 255);
	const displayAvatar = optString(m, 'display_avatar_url', 255);
	optBool(m, 'skip_invite_mentions');
	optBool(ctx.body as Record<string, unknown>, 'link_preview');

	const { state } = ctx;
	let chat: Chat;
	if (entityType === 'thread') {
		const thread = state.threads.get(entityId);
		if (!thread) throw notFound('entity_id', entityId, 'Thread');
		chat = writableChat(ctx, state.chats.get(thread.chat_id), 'entity_id', entityId);
	} else if (entityType === 'user') {
		const target = state.users.get(entityId);
		if (!target) throw notFound('entity_id', entityId, 'User');
		chat = state.personalChat(ctx.user.id, target.id) ??
			state.addChat({ name: target.nickname, ownerId: ctx.user.id, memberIds: [target.id], personal: true });
	} else {
		chat = writableChat(ctx, state.chats.get(entityId), 'entity_id', entityId);
	}
	if (parentId !== undefined) {
		const parent = state.messages.get(parentId);
		if (!parent || parent.deleted_at || parent.chat_id !== chat.id) throw notFound('parent_message_id', parentId, 'Message');
	}
	const msg = state.insertMessage({
		chat_id: chat.id, user_id: ctx.user.id, content, files: toFiles(ctx, files),
		buttons: buttons && buttons.length > 0 ? buttons : null, parent_message_id: parentId ?? null,
		// Only bot tokens may override the sender's name and avatar (other callers' values are dropped).
		...(ctx.token.bot ? { display_name: displayName ?? null, display_avatar_url: displayAvatar ?? null } : {}),
	});
	if (entityType === 'user') {
		msg.entity_type = 'user';
		msg.entity_id = entityId;
	}
	ctx.hooks.onMessage(msg, 'new', ctx.user.id);
	return data(msg, 201);
}

function listMessages(ctx: Ctx) {
	const chatId = parseId(ctx.query.chat_id, 'chat_id');
	const chat = readableChat(ctx, chatId);
	const p = pageParams(ctx.query, `messages:${chat.id}`, ['id'], { sort: 'id', order: 'desc' });
	const items = [...ctx.state.messages.values()]
		.filter((m) => m.chat_id === chat.id && !m.deleted_at)
		.sort((a, b) => (p.order === 'asc' ? a.id - b.id : b.id - a.id));
	const last = ctx.state.lastId('message');
	return { status: 200, body: paginate(items, (m) => [m.id, m.id], p, [last, last], ctx.state.paginationQuirk) };
}

function getMessage(ctx: Ctx) {
	const id = parseId(ctx.params.id);
	const msg = ctx.state.messages.get(id);
	const chat = msg && ctx.state.chats.get(msg.chat_id);
	// A deleted message still answers 200 with its cleared record (guides-webhook-events.mdx).
	if (!msg || !chat || !ctx.state.canRead(ctx.user.id, chat)) throw notFound('id', id, 'Message');
	return data(msg);
}

function updateMessage(ctx: Ctx) {
	const msg = liveMessage(ctx, ctx.params.id);
	if (msg.user_id !== ctx.user.id) throw apiError(403, 'id', 'Only the sender can edit a message', 'forbidden', msg.id);
	const m = wrapper(ctx.body, 'message');
	const content = optString(m, 'content');
	const files = m.files === undefined || m.files === null ? undefined : toFiles(ctx, uploadedFiles(ctx, validateFiles(m.files, false), msg.files));
	const buttons = m.buttons === undefined || m.buttons === null ? undefined : validateButtons(m.buttons);
	const displayName = optString(m, 'display_name', 255);
	const displayAvatar = optString(m, 'display_avatar_url', 255);
	const nextContent = content ?? msg.content;
	const nextFiles = files ?? msg.files;
	if (nextContent.trim() === '' && nextFiles.length === 0) throw apiError(422, 'content', "Can't be blank", 'blank', nextContent);
	msg.content = nextContent;
	msg.files = nextFiles;
	if (buttons !== undefined) msg.buttons = buttons.length > 0 ? buttons : null;
	if (ctx.token.bot) {
		if (displayName !== undefined) msg.display_name = displayName;
		if (displayAvatar !== undefined) msg.display_avatar_url = displayAvatar;
	}
	msg.changed_at = iso();
	ctx.hooks.onMessage(msg, 'update', ctx.user.id);
	return data(msg);
}

function deleteMessage(ctx: Ctx) {
	const msg = liveMessage(ctx, ctx.params.id);
	const chat = ctx.state.chats.get(msg.chat_id)!;
	const allowed = msg.user_id === ctx.user.id || chat.owner_id === ctx.user.id || ctx.user.role === 'admin' ||
		(chat.personal && chat.member_ids.includes(ctx.user.id));
	if (!allowed) throw apiError(403, 'id', 'You cannot delete this message', 'forbidden', msg.id);
	ctx.hooks.onMessage(msg, 'delete', ctx.user.id);
	const now = iso();
	Object.assign(msg, { content: '', files: [], buttons: null, deleted_at: now, changed_at: now });
	ctx.state.pins.delete(msg.id);
	ctx.state.linkPreviews.delete(msg.id);
	return noContent();
}

export const messageRoutes: Route[] = [
	{ method: 'POST', path: '/messages', scope: 'messages:create', bucket: 'messagesWrite', rateKey: createRateKey, handler: createMessage },
	{ method: 'GET', path: '/messages', scope: 'messages:read', bucket: 'messagesRead', handler: listMessages },
	{ method: 'GET', path: '/messages/:id', scope: 'messages:read', bucket: 'messagesRead', handler: getMessage },
	{ method: 'PUT', path: '/messages/:id', scope: 'messages:update', bucket: 'messagesWrite', rateKey: messageRateKey, handler: updateMessage },
	{ method: 'DELETE', path: '/messages/:id', scope: 'messages:delete', bucket: 'messagesWrite', rateKey: messageRateKey, handler: deleteMessage },
];
