// POST/DELETE /messages/{id}/pin, POST /messages/{id}/thread, POST /messages/{id}/link_previews.
import { data, noContent, requireBot, type Ctx, type Route } from '../context';
import type { LinkPreview } from '../types';
import { apiError, isHttpUrl, isObject, notFound, oauthError, parseId, wrapper } from '../validation';
import { domainMatches, hostOf } from '../webhooks';
import { liveMessage } from './messages';

function pinGuard(ctx: Ctx) {
	const msg = liveMessage(ctx, ctx.params.id);
	const chat = ctx.state.chats.get(msg.chat_id)!;
	if (!ctx.state.isMember(ctx.user.id, chat)) throw apiError(403, 'id', 'You are not a member of this chat', 'forbidden', msg.id);
	return msg;
}

/** Pinning is idempotent: pinning a pinned message (or unpinning an unpinned one) answers 204 too. */
function pin(ctx: Ctx) {
	ctx.state.pins.add(pinGuard(ctx).id);
	return noContent();
}

function unpin(ctx: Ctx) {
	ctx.state.pins.delete(pinGuard(ctx).id);
	return noContent();
}

/** Creates the message's thread, or returns the existing one (201 both times, the spec lists only 201). */
function createThread(ctx: Ctx) {
	const msg = liveMessage(ctx, ctx.params.id);
	if (ctx.state.threadByChatId(msg.chat_id)) {
		throw apiError(400, 'id', 'Cannot create a thread for a message that is already in a thread', 'thread_message', msg.id);
	}
	return data(ctx.state.threadFor(msg, ctx.user.id), 201);
}

function parsePreview(key: string, raw: unknown): LinkPreview {
	if (!isObject(raw)) throw apiError(400, key, 'A link preview must be an object', 'invalid', raw);
	for (const f of ['title', 'description'] as const) {
		if (typeof raw[f] !== 'string' || (raw[f] as string).trim() === '') {
			throw apiError(422, `${key}.${f}`, "Can't be blank", 'blank', raw[f]);
		}
	}
	const preview: LinkPreview = { title: raw.title as string, description: raw.description as string };
	if (raw.image_url !== undefined && raw.image_url !== null) {
		if (typeof raw.image_url !== 'string' || !isHttpUrl(raw.image_url)) {
			throw apiError(422, `${key}.image_url`, 'Is not a valid URL', 'invalid', raw.image_url);
		}
		preview.image_url = raw.image_url;
	}
	if (raw.image !== undefined && raw.image !== null) {
		const img = raw.image;
		if (!isObject(img) || typeof img.key !== 'string' || typeof img.name !== 'string') {
			throw apiError(400, `${key}.image`, 'image needs key and name', 'invalid', img);
		}
		preview.image = { key: img.key, name: img.name, ...(typeof img.size === 'number' ? { size: img.size } : {}) };
	}
	return preview;
}

/**
 * Unfurl bots only. All or nothing (guides-link-previews.mdx): if any URL is not in the message or its
 * domain is not tracked by the bot, no preview is created.
 */
function linkPreviews(ctx: Ctx) {
	requireBot(ctx);
	const bot = ctx.state.bots.get(ctx.user.id);
	if (!bot || bot.unfurlDomains.length === 0) {
		throw oauthError(403, 'insufficient_scope', 'Link previews are only available to Unfurl bots');
	}
	const id = parseId(ctx.params.id);
	const msg = ctx.state.messages.get(id);
	if (!msg || msg.deleted_at) throw notFound('id', id, 'Message');
	const raw = wrapper(ctx.body, 'link_previews');
	const entries = Object.entries(raw);
	if (entries.length === 0) throw apiError(400, 'link_previews', 'At least one link preview is required', 'required');
	const parsed: Record<string, LinkPreview> = {};
	for (const [url, value] of entries) {
		const key = `link_previews.${url}`;
		const preview = parsePreview(key, value);
		if (!msg.content.includes(url)) throw apiError(422, key, 'The URL is not in the message', 'invalid', url);
		const host = hostOf(url);
		if (!host || !bot.unfurlDomains.some((d) => domainMatches(host, d))) {
			throw apiError(422, key, 'The domain is not tracked by this bot', 'invalid', url);
		}
		parsed[url] = preview;
	}
	ctx.state.linkPreviews.set(msg.id, { ...(ctx.state.linkPreviews.get(msg.id) ?? {}), ...parsed });
	return noContent();
}

export const messageActionRoutes: Route[] = [
	{ method: 'POST', path: '/messages/:id/pin', scope: 'pins:write', bucket: 'other', handler: pin },
	{ method: 'DELETE', path: '/messages/:id/pin', scope: 'pins:write', bucket: 'other', handler: unpin },
	{ method: 'POST', path: '/messages/:id/thread', scope: 'threads:create', bucket: 'other', handler: createThread },
	{ method: 'POST', path: '/messages/:id/link_previews', scope: 'link_previews:write', bucket: 'other', handler: linkPreviews },
];
