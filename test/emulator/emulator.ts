// PachcaEmulator: the object tests hold. Starts the HTTP server, exposes the store and test hooks.
import { buildWebhookPayload, resolveKind, type PayloadContext, type WebhookKind } from './payloads';
import { API_PREFIX, EmulatorServer } from './server';
import { uploadStore } from './routes/uploads';
import type { Bucket, BucketRule } from './ratelimit';
import { EmulatorState, SEED } from './state';
import type { Chat, Delivery, EmitResult, EmulatorOptions, Fault, HistoryEvent, LoggedRequest, Message } from './types';
import { WebhookDispatcher } from './webhooks';
import { issueTrigger, submitView, viewStore, type OpenView, type SubmitOutcome } from './views';

export interface EmitOptions {
	botId?: number;
	/** Default true. false: no Pachca-Signature header. */
	sign?: boolean;
	/** Send this Pachca-Signature value instead of the real HMAC (to test rejection). */
	signature?: string;
}

export class PachcaEmulator {
	readonly baseUrl: string;
	readonly botToken = SEED.botToken;
	readonly userToken = SEED.userToken;
	readonly botId = SEED.botId;
	/** The admin whose token is `userToken`. */
	readonly userId = SEED.adminId;
	readonly signingSecret = SEED.signingSecret;

	private constructor(
		public state: EmulatorState,
		private readonly server: EmulatorServer,
		private readonly hooks: WebhookDispatcher,
		port: number,
	) {
		this.baseUrl = `http://127.0.0.1:${port}${API_PREFIX}`;
	}

	static async start(options: EmulatorOptions = {}): Promise<PachcaEmulator> {
		const state = new EmulatorState();
		const hooks = new WebhookDispatcher(state);
		const server = new EmulatorServer(state, hooks);
		server.rateLimitsOn = options.rateLimits ?? true;
		if (options.rateLimitRules) server.limiter.configure(options.rateLimitRules);
		server.latencyMs = options.latencyMs ?? 0;
		const port = await server.listen(options.port ?? 0);
		return new PachcaEmulator(state, server, hooks, port);
	}

	async stop(): Promise<void> {
		this.hooks.close();
		await this.server.close();
	}

	/** Serves extra pages (the chat UI) on the emulator's port; `handler` returns true when it answered. */
	servePages(handler: EmulatorServer['pageHandler']): void {
		this.server.pageHandler = handler;
	}

	get requests(): LoggedRequest[] {
		return this.server.requests;
	}

	clearRequests(): void {
		this.server.requests.length = 0;
	}

	/** Switching either way also forgets the requests counted so far. */
	setRateLimits(on: boolean): void {
		this.server.rateLimitsOn = on;
		this.server.limiter.reset();
	}

	/** Other limits than the documented ones (e.g. STRICT_RATE_LIMIT_RULES); forgets the requests counted so far. */
	setRateLimitRules(rules: Record<Bucket, BucketRule>): void {
		this.server.limiter.configure(rules);
	}

	/** Other limits from now on, keeping the requests counted so far: limits that change under load. */
	changeRateLimitRules(rules: Record<Bucket, BucketRule>): void {
		this.server.limiter.change(rules);
	}

	setLatency(ms: number): void {
		this.server.latencyMs = ms;
	}

	injectFault(fault: Fault): void {
		this.server.injectFault(fault);
	}

	clearFaults(): void {
		this.server.clearFaults();
	}

	/** A new token. Bot tokens belong to a bot user (the emulator bot unless `userId` names another bot). */
	createToken(opts: { scopes: string[]; bot?: boolean; userId?: number }): string {
		const bot = opts.bot ?? false;
		let userId = opts.userId ?? (bot ? this.botId : this.userId);
		if (bot && !this.state.bots.has(userId)) {
			if (this.state.users.has(userId)) throw new Error(`User ${userId} is not a bot`);
			userId = this.state.addBot({ id: userId, name: `Bot ${userId}`, nickname: `bot${userId}_bot` }).id;
		}
		if (!bot && !this.state.users.has(userId)) this.state.addUser({ id: userId, nickname: `user${userId}`, first_name: 'User' });
		if (!bot && this.state.users.get(userId)!.bot) throw new Error(`User ${userId} is a bot`);
		return this.state.addToken({ userId, scopes: opts.scopes, bot }).token;
	}

	/** Stores a file under `key` as if `token` (default: the bot's) had uploaded it; returns the key. */
	seedUpload(key: string, token: string = this.botToken, bytes?: Buffer): string {
		const record = this.state.tokens.get(token);
		if (!record) throw new Error(`No token ${token}`);
		uploadStore(this.state).seed(record.id, key, bytes);
		return key;
	}

	/** A chat owned by the admin; the bot is a member unless `botMember: false`. */
	addChat(fields: { name: string; channel?: boolean; public?: boolean; memberIds?: number[]; botMember?: boolean }): Chat {
		const members = [...(fields.memberIds ?? []), ...(fields.botMember === false ? [] : [this.botId])];
		return this.state.addChat({ name: fields.name, ownerId: this.userId, memberIds: members, channel: fields.channel, public: fields.public });
	}

	/** Inserts messages directly (no webhooks, no rate limits). Default author: the admin. */
	addMessages(chatId: number, count: number, fields: Partial<Message> = {}): Message[] {
		if (!this.state.chats.has(chatId)) throw new Error(`No chat ${chatId}`);
		const out: Message[] = [];
		for (let i = 1; i <= count; i++) {
			out.push(
				this.state.insertMessage({ content: `Message ${i}`, ...fields, chat_id: chatId, user_id: fields.user_id ?? this.userId }),
			);
		}
		return out;
	}

	/**
	 * Adds `count` message.new events to the emulator bot's history (no delivery). `createdAt` (ms) stores
	 * them late: with that older time in their ID and `created_at`, in no particular order among themselves.
	 */
	addEvents(count: number, { createdAt }: { createdAt?: number } = {}): HistoryEvent[] {
		const out: HistoryEvent[] = [];
		for (let i = 1; i <= count; i++) {
			const payload = buildWebhookPayload('message.new', { id: this.state.nextId('message'), content: `Event ${i}` }, this.payloadContext(this.botId));
			out.push(this.state.addHistory(this.botId, payload, createdAt));
		}
		return out;
	}

	/** Same effect as PUT /bot/webhook: '' clears the URL. */
	setBotWebhook(botId: number, url: string): void {
		const bot = this.state.bots.get(botId);
		if (!bot) throw new Error(`No bot ${botId}`);
		bot.webhook.outgoing_url = url === '' ? null : url;
	}

	/**
	 * Sends an event of `kind` to the bot (default: the emulator bot) as Pachca would: stored in its history
	 * when enabled, delivered to its outgoing_url with up to 3 attempts. Resolves after the last attempt.
	 * An override of `webhook_timestamp` is kept on every attempt.
	 */
	async emitWebhook(
		kind: WebhookKind | 'link.new',
		overrides: Record<string, unknown> = {},
		opts: EmitOptions = {},
	): Promise<EmitResult> {
		const k = resolveKind(kind);
		const botId = opts.botId ?? this.botId;
		const payload = buildWebhookPayload(k, overrides, this.payloadContext(botId));
		// A click's trigger_id opens a form for the clicking user, by this bot, for 3 s from now.
		if (k === 'button.click') {
			const chatId = typeof payload.chat_id === 'number' ? payload.chat_id : null;
			issueTrigger(this.state, String(payload.trigger_id), { botId, userId: Number(payload.user_id), chatId });
		}
		return this.hooks.send(botId, k, payload, {
			sign: opts.sign,
			signature: opts.signature,
			fixedTimestamp: Object.prototype.hasOwnProperty.call(overrides, 'webhook_timestamp'),
		});
	}

	/** A user clicks a Data button of a bot's message: button.click (with a fresh trigger_id) to that bot. */
	async clickButton(messageId: number, userId: number, data: string): Promise<EmitResult> {
		const msg = this.state.messages.get(messageId);
		if (!msg || !this.state.bots.has(msg.user_id)) throw new Error(`Message ${messageId} is not a bot's`);
		const chat = this.state.rootChat(this.state.chats.get(msg.chat_id)!);
		return await this.emitWebhook('button.click', { message_id: msg.id, chat_id: chat.id, user_id: userId, data }, { botId: msg.user_id });
	}

	/** The forms open now (opened through POST /views/open and not yet closed), optionally one user's. */
	openForms(userId?: number): OpenView[] {
		return [...viewStore(this.state).open.values()].filter((v) => userId === undefined || v.userId === userId);
	}

	/** The user submits their open form: one view.submit to the bot, whose answer decides the outcome. */
	async submitForm(viewId: number, userId: number, data: Record<string, unknown>): Promise<SubmitOutcome> {
		return await submitView(this.state, this.hooks, viewId, userId, data);
	}

	/** How long a submitted form waits for the bot's answer (Pachca: 3 s). */
	setFormAnswerTimeout(ms: number): void {
		viewStore(this.state).answerTimeoutMs = ms;
	}

	/** Every delivery attempt, in order. */
	get deliveries(): Delivery[] {
		return this.hooks.deliveries;
	}

	/** Waits until webhooks caused by API calls (e.g. POST /messages) are delivered. */
	flushWebhooks(): Promise<void> {
		return this.hooks.flush();
	}

	/** Defaults for payloads: the bot's first chat and its latest message, the admin as the actor. */
	private payloadContext(botId: number): Partial<PayloadContext> {
		const chat = [...this.state.chats.values()].find((c) => c.member_ids.includes(botId) && !c.personal);
		const origin = this.state.webOrigin;
		if (!chat) return { userId: this.userId, origin };
		const msgs = [...this.state.messages.values()].filter((m) => m.chat_id === chat.id && !m.deleted_at);
		const last = msgs[msgs.length - 1];
		return { chatId: chat.id, userId: this.userId, origin, ...(last ? { messageId: last.id, content: last.content || 'Hello' } : {}) };
	}
}
