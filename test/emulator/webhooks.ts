/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Outgoing webhooks: signing, delivery with retries, event history, and the events that API calls
// cause (new/edited/deleted messages, links on unfurl domains, chat members, reactions).
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { buildWebhookPayload, nowUnix, type WebhookKind } from './payloads';
import type { EmulatorState } from './state';
import type { BotEventName, Chat, Delivery, EmitResult, Message } from './types';
import { iso, sleep } from './util';

export const DELIVERY = { attempts: 3, retryDelayMs: 50, timeoutMs: 5000 };

export const signBody = (rawBody: string, secret: string): string =>
	createHmac('sha256', secret).update(rawBody).digest('hex');

export interface SendOptions {
	/** Default true: add the Pachca-Signature header. */
	sign?: boolean;
	/** Send this value as Pachca-Signature instead of the real one (to test rejection). */
	signature?: string;
	/** Keep the payload's webhook_timestamp on retries (set when the caller overrode it). */
	fixedTimestamp?: boolean;
}

export class WebhookDispatcher {
	readonly deliveries: Delivery[] = [];
	private pending = new Set<Promise<unknown>>();
	private requests = new Set<http.ClientRequest>();
	private closed = false;

	constructor(private readonly state: EmulatorState) {}

	/** Stores the event in the bot's history (if enabled) and delivers it to its outgoing_url (if set). */
	async send(botId: number, kind: WebhookKind, payload: Record<string, unknown>, opts: SendOptions = {}): Promise<EmitResult> {
		const bot = this.state.bots.get(botId);
		if (!bot) throw new Error(`No bot ${botId}`);
		if (bot.webhook.events_history_enabled) this.state.addHistory(botId, payload);
		let rawBody = JSON.stringify(payload);
		const url = bot.webhook.outgoing_url;
		if (!url) return { status: 0, attempts: 0, payload, rawBody };
		let status = 0;
		let attempt = 0;
		let current = payload;
		while (attempt < DELIVERY.attempts && !this.closed) {
			attempt++;
			if (attempt > 1) {
				await sleep(DELIVERY.retryDelayMs);
				if (this.closed) break;
				// Every attempt is a new sending: a new webhook_timestamp, hence a new signature.
				const prev = Number(current.webhook_timestamp) || 0;
				const ts = opts.fixedTimestamp ? current.webhook_timestamp : Math.max(nowUnix(), prev + 1);
				current = { ...current, webhook_timestamp: ts };
				rawBody = JSON.stringify(current);
			}
			const headers = signedHeaders(rawBody, bot.signingSecret, opts);
			({ status } = await this.post(url, rawBody, headers));
			this.deliveries.push({ url, status, rawBody, headers, kind, attempt, botId });
			if (status >= 200 && status < 300) break;
		}
		return { status, attempts: attempt, payload: current, rawBody };
	}

	/**
	 * One delivery that the sender waits for with its answer (a submitted form: Pachca does not retry,
	 * the user does): stored in the history like any event. `timedOut` when no answer came in `timeoutMs`.
	 */
	async sendOnce(
		botId: number,
		kind: WebhookKind,
		payload: Record<string, unknown>,
		timeoutMs: number,
	): Promise<{ status: number; body: unknown; timedOut: boolean }> {
		const bot = this.state.bots.get(botId);
		if (!bot) throw new Error(`No bot ${botId}`);
		if (bot.webhook.events_history_enabled) this.state.addHistory(botId, payload);
		const url = bot.webhook.outgoing_url;
		if (!url) return { status: 0, body: undefined, timedOut: false };
		const rawBody = JSON.stringify(payload);
		const headers = signedHeaders(rawBody, bot.signingSecret);
		const answer = await this.post(url, rawBody, headers, timeoutMs);
		this.deliveries.push({ url, status: answer.status, rawBody, headers, kind, attempt: 1, botId });
		return answer;
	}

	/** Runs a send in the background (auto-emitted events); `flush()` waits for it. */
	track(p: Promise<unknown>): void {
		const wrapped = p.catch(() => undefined).finally(() => this.pending.delete(wrapped));
		this.pending.add(wrapped);
	}

	async flush(): Promise<void> {
		while (this.pending.size > 0) await Promise.all([...this.pending]);
	}

	close(): void {
		this.closed = true;
		for (const r of this.requests) r.destroy();
		this.requests.clear();
	}

	/** message.new / message.update / message.delete caused by `actorId`, to every bot in the chat. */
	onMessage(msg: Message, event: 'new' | 'update' | 'delete', actorId: number): void {
		const chat = this.state.chats.get(msg.chat_id);
		if (!chat) return;
		const thread = this.state.threadByChatId(chat.id);
		const payload = () =>
			buildWebhookPayload(`message.${event}`, {
				id: msg.id, entity_type: msg.entity_type, entity_id: msg.entity_id, content: msg.content, user_id: msg.user_id,
				created_at: msg.created_at, changed_at: msg.changed_at, url: msg.url, chat_id: msg.chat_id,
				parent_message_id: msg.parent_message_id,
				thread: thread && thread.message_id !== null ? { message_id: thread.message_id, message_chat_id: thread.message_chat_id } : null,
			});
		for (const bot of this.state.botsInChat(chat)) {
			const w = bot.webhook;
			if (actorId === bot.id && w.ignore_self_messages) continue;
			if (!w.events.includes(`message_${event}` as BotEventName) || w.trigger_on === 'unfurl') continue;
			if (event === 'new' && w.trigger_on === 'commands' && !startsWithCommand(msg.content, w.commands)) continue;
			this.track(this.send(bot.id, `message.${event}`, payload()));
		}
		if (event === 'new') this.onLinks(msg, actorId);
	}

	/**
	 * chat_member.add / chat_member.remove for the users who joined or left `chat` (none: no event), to
	 * every subscribed bot in it: after the change for an add (a bot just added hears of it), before it
	 * for a removal (so does a bot just removed). `thread_id` is set when the chat is a thread's.
	 */
	onMembers(chat: Chat, event: 'add' | 'remove', userIds: number[], botsBefore: number[] = []): void {
		if (userIds.length === 0) return;
		const thread = this.state.threadByChatId(chat.id);
		const bots = new Set([...botsBefore, ...this.state.botsInChat(chat).map((bot) => bot.id)]);
		const payload = buildWebhookPayload(`chat_member.${event}`, {
			chat_id: chat.id, thread_id: thread?.id ?? null, user_ids: userIds, created_at: iso(),
		});
		for (const botId of bots) {
			if (this.state.bots.get(botId)?.webhook.events.includes(`chat_member_${event}`)) {
				this.track(this.send(botId, `chat_member.${event}`, payload));
			}
		}
	}

	/** reaction.new / reaction.delete on `msg`, to every subscribed bot in its chat. */
	onReaction(msg: Message, event: 'new' | 'delete', reaction: { user_id: number; code: string; name: string; created_at: string }): void {
		const chat = this.state.chats.get(msg.chat_id);
		if (!chat) return;
		const payload = buildWebhookPayload(`reaction.${event}`, {
			chat_id: msg.chat_id, message_id: msg.id, code: reaction.code, name: reaction.name,
			user_id: reaction.user_id, created_at: reaction.created_at,
		});
		for (const bot of this.state.botsInChat(chat)) {
			if (bot.webhook.events.includes(`reaction_${event}`)) this.track(this.send(bot.id, `reaction.${event}`, payload));
		}
	}

	/** message.link_shared to every bot tracking a domain of a link in the message (any chat). */
	private onLinks(msg: Message, actorId: number): void {
		const urls = msg.content.match(/https?:\/\/[^\s<>()"'\]]+/g) ?? [];
		if (urls.length === 0) return;
		for (const bot of this.state.bots.values()) {
			if (bot.id === actorId || bot.unfurlDomains.length === 0) continue;
			if (!bot.webhook.events.includes('message_link_shared') && bot.webhook.trigger_on !== 'unfurl') continue;
			const links = urls.flatMap((url) => {
				const host = hostOf(url);
				return host && bot.unfurlDomains.some((d) => domainMatches(host, d)) ? [{ url, domain: host, skip: false }] : [];
			});
			if (links.length === 0) continue;
			const payload = buildWebhookPayload('message.link_shared', {
				chat_id: msg.chat_id, message_id: msg.id, links, user_id: msg.user_id, created_at: msg.created_at,
			});
			this.track(this.send(bot.id, 'message.link_shared', payload));
		}
	}

	private post(
		url: string,
		body: string,
		headers: Record<string, string>,
		timeoutMs = DELIVERY.timeoutMs,
	): Promise<{ status: number; body: unknown; timedOut: boolean }> {
		return new Promise((resolve) => {
			let done = false;
			let timedOut = false;
			const chunks: Buffer[] = [];
			const finish = (status: number) => {
				if (done) return;
				done = true;
				this.requests.delete(req);
				const text = Buffer.concat(chunks).toString('utf8');
				let parsed: unknown = text;
				try {
					parsed = text === '' ? undefined : JSON.parse(text);
				} catch {
					// not JSON: kept as text
				}
				resolve({ status: timedOut ? 0 : status, body: parsed, timedOut });
			};
			const lib = url.startsWith('https:') ? https : http;
			const req = lib.request(url, {
				method: 'POST',
				agent: false,
				headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), connection: 'close' },
			});
			this.requests.add(req);
			// The whole exchange, not socket idleness: an answer must come within timeoutMs.
			const timer = setTimeout(() => {
				timedOut = true;
				req.destroy(new Error('timeout'));
			}, timeoutMs);
			req.on('close', () => clearTimeout(timer));
			let seen = 0;
			req.on('response', (res) => {
				seen = res.statusCode ?? 0;
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => finish(seen));
				res.on('error', () => finish(seen));
			});
			req.on('error', () => finish(seen));
			req.on('close', () => finish(seen));
			req.end(body);
		});
	}
}

function signedHeaders(rawBody: string, secret: string, opts: SendOptions = {}): Record<string, string> {
	const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'Pachca-Emulator/1.0' };
	if (opts.signature !== undefined) headers['pachca-signature'] = opts.signature;
	else if (opts.sign !== false) headers['pachca-signature'] = signBody(rawBody, secret);
	return headers;
}

export function hostOf(url: string): string | null {
	try {
		return new URL(url).hostname.toLowerCase();
	} catch {
		return null;
	}
}

/** guides-link-previews.mdx: a domain covers its subdomains. */
export const domainMatches = (host: string, domain: string): boolean =>
	host === domain.toLowerCase() || host.endsWith(`.${domain.toLowerCase()}`);

function startsWithCommand(content: string, commands: string[]): boolean {
	const first = content.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
	return commands.some((c) => c.toLowerCase() === first);
}
