// GET/POST /bots, GET/PUT/DELETE /bots/{id}, PUT /bot/webhook, POST /bots/{id}/recreate_token, POST /bot/recreate_token.
import { data, noContent, requireBot, type Ctx, type Route } from '../context';
import { pageParams, paginate } from '../pagination';
import { BOT_SCOPES, SCOPE_ROLES } from '../scopes';
import { ALL_BOT_EVENTS } from '../state';
import type { BotRecord, BotWebhook } from '../types';
import { apiError, isHttpUrl, isObject, notFound, oneOf, optBool, optString, parseId, wrapper } from '../validation';

export const botResponse = (bot: BotRecord) => ({ id: bot.id, webhook: { ...bot.webhook } });

function canEdit(ctx: Ctx, bot: BotRecord): boolean {
	return bot.creatorId === ctx.user.id || (ctx.user.role === 'admin' && bot.webhook.can_edit.includes('admin'));
}

/** `''` clears the webhook (null), otherwise an http(s) URL. */
function outgoingUrl(raw: unknown): string | null {
	if (typeof raw !== 'string') throw apiError(400, 'outgoing_url', 'Must be a string', 'invalid', raw);
	if (raw === '') return null;
	if (!isHttpUrl(raw)) throw apiError(422, 'outgoing_url', 'Invalid webhook URL', 'invalid_webhook_url', raw);
	return raw;
}

function stringArray(raw: unknown, key: string): string[] {
	if (!Array.isArray(raw) || raw.some((v) => typeof v !== 'string')) {
		throw apiError(400, key, 'Must be an array of strings', 'invalid', raw);
	}
	return raw as string[];
}

function listBots(ctx: Ctx) {
	const q = (ctx.query.query ?? '').toLowerCase();
	const p = pageParams(ctx.query, `bots:${ctx.user.id}:${q}`, ['id'], { sort: 'id', order: 'desc' });
	const items = [...ctx.state.bots.values()]
		.filter((b) => canEdit(ctx, b) && b.webhook.name.toLowerCase().includes(q))
		.sort((a, b) => b.id - a.id);
	const last = ctx.state.lastId('user');
	const page = paginate(items, (b) => [b.id, b.id], p, [last, last], ctx.state.paginationQuirk);
	return { status: 200, body: { data: page.data.map(botResponse), meta: page.meta } };
}

function editableBot(ctx: Ctx): BotRecord {
	const id = parseId(ctx.params.id);
	const bot = ctx.state.bots.get(id);
	if (!bot || !canEdit(ctx, bot)) throw notFound('id', id, 'Bot');
	return bot;
}

function getBot(ctx: Ctx) {
	return data(botResponse(editableBot(ctx)));
}

/** Nicknames are unique among bots and, per the spec, end with `_bot`. */
function checkNickname(ctx: Ctx, nickname: string, selfId?: number): string {
	if (!/^[a-z0-9_]+_bot$/i.test(nickname)) throw apiError(422, 'nickname', 'Nickname must end with _bot', 'invalid', nickname);
	const taken = [...ctx.state.bots.values()].some((b) => b.id !== selfId && b.webhook.nickname === nickname);
	if (taken) throw apiError(422, 'nickname', 'Nickname has already been taken', 'taken', nickname);
	return nickname;
}

/** Applies the fields of a BotUpdateRequest/BotCreateRequest `webhook` object onto `base`, as the spec types them. */
function applySettings(ctx: Ctx, w: Record<string, unknown>, base: BotWebhook, selfId?: number): BotWebhook {
	const next: BotWebhook = { ...base };
	const name = optString(w, 'name', 255);
	if (name !== undefined) {
		if (name.trim() === '') throw apiError(422, 'name', "Can't be blank", 'blank', name);
		next.name = name;
	}
	const nickname = optString(w, 'nickname', 255);
	if (nickname !== undefined) next.nickname = checkNickname(ctx, nickname, selfId);
	if (w.outgoing_url !== undefined) next.outgoing_url = outgoingUrl(w.outgoing_url);
	if (w.events !== undefined) next.events = stringArray(w.events, 'events').map((e) => oneOf(e, ALL_BOT_EVENTS, 'events'));
	if (w.trigger_on !== undefined) next.trigger_on = oneOf(w.trigger_on, ['commands', 'all_messages', 'unfurl'] as const, 'trigger_on');
	if (w.commands !== undefined) {
		const commands = stringArray(w.commands, 'commands');
		if (commands.join(',').length > 255) throw apiError(422, 'commands', 'Commands are too long (maximum is 255 characters)', 'too_long');
		next.commands = commands;
	}
	if (w.scopes !== undefined) {
		const scopes = stringArray(w.scopes, 'scopes');
		for (const s of scopes) {
			if (!SCOPE_ROLES[s]?.includes('bot')) throw apiError(400, 'scopes', `Scope ${s} cannot be assigned to a bot`, 'invalid', s);
		}
		next.scopes = scopes;
	}
	if (w.template !== undefined) next.template = optString(w, 'template') ?? null;
	if (w.template_engine !== undefined) next.template_engine = oneOf(w.template_engine, ['liquid', 'mustache'] as const, 'template_engine');
	if (w.challenge_key !== undefined) next.challenge_key = optString(w, 'challenge_key') ?? null;
	for (const key of ['link_preview_enabled', 'ignore_self_messages', 'events_history_enabled'] as const) {
		const v = optBool(w, key);
		if (v !== undefined) next[key] = v;
	}
	if (w.who_can_add !== undefined) {
		next.who_can_add = oneOf(w.who_can_add, ['creator', 'creator_admin', 'creator_admin_user', 'anyone'] as const, 'who_can_add');
	}
	if (w.can_edit !== undefined) {
		next.can_edit = stringArray(w.can_edit, 'can_edit').map((r) => oneOf(r, ['admin', 'chat_owners'] as const, 'can_edit'));
	}
	return next;
}

function updateBot(ctx: Ctx) {
	const bot = editableBot(ctx);
	const w = wrapper(ctx.body, 'webhook');
	// single_chat is set on creation only (BotUpdateRequest has no such field): ignored here.
	bot.webhook = applySettings(ctx, w, bot.webhook, bot.id);
	if (w.scopes !== undefined) {
		for (const t of ctx.state.tokens.values()) if (t.bot && t.userId === bot.id) t.scopes = [...bot.webhook.scopes];
	}
	return data(botResponse(bot));
}

/** A new bot's settings before the request's: the spec's defaults (BotCreateRequest). */
const CREATE_DEFAULTS: Omit<BotWebhook, 'name' | 'nickname'> = {
	outgoing_url: null, events: [], trigger_on: 'commands', commands: [], scopes: [...BOT_SCOPES], template: null,
	template_engine: 'liquid', challenge_key: null, link_preview_enabled: true, ignore_self_messages: false,
	events_history_enabled: false, single_chat: false, can_edit: [], who_can_add: 'creator',
};

/** POST /bots: `name` is required; everything is checked before the bot exists; it gets a bot token. */
function createBot(ctx: Ctx) {
	const w = wrapper(ctx.body, 'webhook');
	if (w.name === undefined || w.name === null) throw apiError(400, 'name', 'Required parameter is missing', 'required');
	const slug = String(w.name).toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'new';
	const placeholder = { ...CREATE_DEFAULTS, name: '', nickname: `${slug}_${ctx.state.lastId('user') + 1}_bot` };
	const settings = { ...applySettings(ctx, w, placeholder), single_chat: optBool(w, 'single_chat') ?? false };
	const bot = ctx.state.addBot({ name: settings.name, nickname: settings.nickname, creatorId: ctx.user.id });
	bot.webhook = settings;
	bot.unfurlDomains = [];
	const token = ctx.state.addToken({ userId: bot.id, scopes: settings.scopes, bot: true });
	return data({ ...botResponse(bot), access_token: token.token }, 201);
}

/** DELETE /bots/{id}: its tokens stop working, it leaves every chat, its webhook goes with it. */
function deleteBot(ctx: Ctx) {
	const bot = editableBot(ctx);
	ctx.state.bots.delete(bot.id);
	ctx.state.history.delete(bot.id);
	for (const [key, token] of ctx.state.tokens) if (token.bot && token.userId === bot.id) ctx.state.tokens.delete(key);
	for (const chat of ctx.state.chats.values()) chat.member_ids = chat.member_ids.filter((id) => id !== bot.id);
	return noContent();
}

/** The bot sets its own outgoing_url; an empty string disables the webhook. */
function selfWebhook(ctx: Ctx) {
	requireBot(ctx);
	const bot = ctx.state.bots.get(ctx.user.id);
	if (!bot) throw notFound('id', ctx.user.id, 'Bot');
	const w = wrapper(ctx.body, 'webhook');
	if (!isObject(w) || !('outgoing_url' in w)) throw apiError(400, 'outgoing_url', 'Required parameter is missing', 'required');
	bot.webhook.outgoing_url = outgoingUrl(w.outgoing_url);
	return data(botResponse(bot));
}

/** A new token for the bot, with the old one's scopes; every token it had stops working at once. */
function newToken(ctx: Ctx, bot: BotRecord) {
	const old = [...ctx.state.tokens.values()].find((t) => t.bot && t.userId === bot.id);
	for (const [key, token] of ctx.state.tokens) if (token.bot && token.userId === bot.id) ctx.state.tokens.delete(key);
	const token = ctx.state.addToken({ userId: bot.id, scopes: old?.scopes ?? bot.webhook.scopes, bot: true });
	return data({ ...botResponse(bot), access_token: token.token });
}

function recreateToken(ctx: Ctx) {
	return newToken(ctx, editableBot(ctx));
}

/** The bot whose token made the request; that token is invalidated at once. */
function recreateOwnToken(ctx: Ctx) {
	requireBot(ctx);
	const bot = ctx.state.bots.get(ctx.user.id);
	if (!bot) throw notFound('id', ctx.user.id, 'Bot');
	return newToken(ctx, bot);
}

export const botRoutes: Route[] = [
	{ method: 'GET', path: '/bots', scope: 'bots:read', bucket: 'other', handler: listBots },
	{ method: 'GET', path: '/bots/:id', scope: 'bots:read', bucket: 'other', handler: getBot },
	{ method: 'POST', path: '/bots', scope: 'bots:write', bucket: 'other', handler: createBot },
	{ method: 'PUT', path: '/bots/:id', scope: 'bots:write', bucket: 'other', handler: updateBot },
	{ method: 'DELETE', path: '/bots/:id', scope: 'bots:write', bucket: 'other', handler: deleteBot },
	{ method: 'PUT', path: '/bot/webhook', scope: 'bot_self:webhook:write', bucket: 'other', handler: selfWebhook },
	{ method: 'POST', path: '/bots/:id/recreate_token', scope: 'bots:write', bucket: 'other', handler: recreateToken },
	{ method: 'POST', path: '/bot/recreate_token', scope: 'bot_self:write', bucket: 'other', handler: recreateOwnToken },
];
