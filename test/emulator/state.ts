// In-memory store of the emulator and its seed (an admin, two employees, one bot with tokens).
import { createHash } from 'node:crypto';
import { EmulatorClock } from './clock';
import { BOT_SCOPES, USER_SCOPES } from './scopes';
import type {
	BotEventName,
	BotRecord,
	Chat,
	ChatMemberRole,
	CustomPropertyDefinition,
	GroupTag,
	HistoryEvent,
	LinkPreview,
	Message,
	Thread,
	Task,
	TokenRecord,
	User,
} from './types';
import { messageLink, PACHCA_APP_ORIGIN } from './links';
import { iso, randomToken, UlidGenerator } from './util';

/** noHasNext: meta.paginate without has_next (the spec requires only next_page). */
export type PaginationQuirk = 'shortPages' | 'repeatCursor' | 'noHasNext' | null;

export const ALL_BOT_EVENTS: BotEventName[] = [
	'message_new', 'message_update', 'message_delete', 'reaction_new', 'reaction_delete', 'button_click',
	'message_link_shared', 'chat_member_add', 'chat_member_remove', 'company_member_invite',
	'company_member_confirm', 'company_member_suspend', 'company_member_activate', 'company_member_delete',
	'company_member_update', 'video_call_started', 'video_call_finished', 'video_call_recording_ready',
];

/** A fixed, obviously fake credential derived from a label (stable across restarts of `npm run emulator`). */
const fixedCredential = (label: string): string =>
	`emu-${label}-${createHash('sha256').update(`pachca-emulator:${label}`).digest('hex').slice(0, 24)}`;

export const SEED = {
	adminId: 12,
	employeeIds: [13, 14],
	botId: 9001,
	botToken: fixedCredential('bot'),
	userToken: fixedCredential('user'),
	signingSecret: fixedCredential('signing'),
};

// Separate id ranges per kind, so that mixing ids up (a message id used as a chat id) yields 404.
const FIRST_ID = { user: 100, chat: 1000, message: 100000, thread: 5000, file: 700, token: 1, tag: 60000, task: 22000 };

export class EmulatorState {
	users = new Map<number, User>();
	chats = new Map<number, Chat>();
	messages = new Map<number, Message>();
	threads = new Map<number, Thread>();
	bots = new Map<number, BotRecord>();
	tokens = new Map<string, TokenRecord>();
	/** Bot id → stored webhook events, oldest first. */
	history = new Map<number, HistoryEvent[]>();
	pins = new Set<number>();
	linkPreviews = new Map<number, Record<string, LinkPreview>>();
	groupTags = new Map<number, GroupTag>();
	tasks = new Map<number, Task>();
	/** Chat id → user id → role set by PUT /chats/{id}/members/{user_id}; others keep the role they joined with. */
	chatRoles = new Map<number, Map<number, ChatMemberRole>>();
	/** The workspace's plan: methods whose x-requirements name another plan answer 402. */
	plan = 'corporation';
	/** Custom fields of users and tasks (GET /custom_properties). */
	customProperties: CustomPropertyDefinition[] = [
		{ id: 1678, name: 'City', data_type: 'string', entity_type: 'User' },
		{ id: 1679, name: 'Start date', data_type: 'date', entity_type: 'User' },
		{ id: 1680, name: 'Budget', data_type: 'number', entity_type: 'Task' },
	];
	/** Test hook for list methods, see pagination.ts. */
	paginationQuirk: PaginationQuirk = null;
	/** Where message links point: the emulator's own origin once it listens (its chat page answers there). */
	webOrigin = PACHCA_APP_ORIGIN;
	readonly ulid = new UlidGenerator();
	/** Time of what expires (trigger_ids); `advance()` it in tests. */
	readonly clock = new EmulatorClock();
	private seq = { ...FIRST_ID };

	constructor() {
		this.addUser({ id: SEED.adminId, first_name: 'Admin', last_name: 'Emulator', nickname: 'admin', role: 'admin' });
		this.addUser({ id: SEED.employeeIds[0], first_name: 'Olga', last_name: 'Ivanova', nickname: 'olga' });
		this.addUser({ id: SEED.employeeIds[1], first_name: 'Pavel', last_name: 'Sidorov', nickname: 'pavel' });
		this.addBot({ id: SEED.botId, name: 'Emulator bot', nickname: 'emulator_bot', signingSecret: SEED.signingSecret });
		this.addToken({ token: SEED.botToken, userId: SEED.botId, scopes: BOT_SCOPES, bot: true });
		this.addToken({ token: SEED.userToken, userId: SEED.adminId, scopes: USER_SCOPES, bot: false, name: 'Emulator admin' });
	}

	nextId(kind: keyof typeof FIRST_ID): number {
		return this.seq[kind]++;
	}

	/** The last id handed out for a kind (a boundary for empty list cursors). */
	lastId(kind: keyof typeof FIRST_ID): number {
		return this.seq[kind] - 1;
	}

	addUser(f: Partial<User> & { nickname: string }): User {
		const id = f.id ?? this.nextId('user');
		const user: User = {
			first_name: null, last_name: null, email: f.bot ? null : `${f.nickname}@emulator.test`, phone_number: null,
			department: null, title: null, role: 'user', suspended: false, invite_status: 'confirmed', inviter_id: null,
			list_tags: [], custom_properties: [], user_status: null, bot: false, sso: false, created_at: iso(),
			last_activity_at: iso(), time_zone: 'Europe/Moscow', image_url: null, ...f, id,
		};
		this.users.set(id, user);
		return user;
	}

	addBot(f: { id?: number; name: string; nickname: string; signingSecret?: string; creatorId?: number }): BotRecord {
		const user = this.addUser({ id: f.id, first_name: f.name, last_name: '', nickname: f.nickname, bot: true });
		const bot: BotRecord = {
			id: user.id,
			signingSecret: f.signingSecret ?? randomToken(16),
			unfurlDomains: ['example.com'],
			creatorId: f.creatorId ?? SEED.adminId,
			webhook: {
				name: f.name, nickname: f.nickname, outgoing_url: null, events: [...ALL_BOT_EVENTS], trigger_on: 'all_messages',
				commands: [], scopes: [...BOT_SCOPES], template: null, template_engine: 'liquid', challenge_key: null,
				link_preview_enabled: true, ignore_self_messages: true, events_history_enabled: true, single_chat: false,
				can_edit: ['admin'], who_can_add: 'creator',
			},
		};
		this.bots.set(bot.id, bot);
		this.history.set(bot.id, []);
		return bot;
	}

	addToken(f: { token?: string; userId: number; scopes: string[]; bot: boolean; name?: string | null }): TokenRecord {
		const rec: TokenRecord = {
			id: this.nextId('token'), token: f.token ?? randomToken(), userId: f.userId, scopes: [...f.scopes],
			bot: f.bot, name: f.bot ? null : (f.name ?? 'API token'), created_at: iso(), last_used_at: null,
		};
		this.tokens.set(rec.token, rec);
		return rec;
	}

	addChat(f: { name: string; ownerId: number; memberIds: number[]; channel?: boolean; public?: boolean; personal?: boolean }): Chat {
		const id = this.nextId('chat');
		const now = iso();
		const chat: Chat = {
			id, name: f.name, created_at: now, owner_id: f.ownerId, member_ids: [...new Set([f.ownerId, ...f.memberIds])],
			group_tag_ids: [], channel: f.channel ?? false, archived: false, personal: f.personal ?? false,
			public: f.public ?? false, last_message_at: now, meet_room_url: `https://meet.pachca.com/emu-${id}`,
		};
		this.chats.set(id, chat);
		return chat;
	}

	addGroupTag(name: string, userIds: number[]): GroupTag {
		const tag: GroupTag = { id: this.nextId('tag'), name, user_ids: [...userIds] };
		this.groupTags.set(tag.id, tag);
		return tag;
	}

	threadByChatId(chatId: number): Thread | undefined {
		for (const t of this.threads.values()) if (t.chat_id === chatId) return t;
		return undefined;
	}

	/** The parent chat of a thread chat, or the chat itself. */
	rootChat(chat: Chat): Chat {
		const thread = this.threadByChatId(chat.id);
		const root = thread?.message_chat_id != null ? this.chats.get(thread.message_chat_id) : undefined;
		return root ?? chat;
	}

	isMember(userId: number, chat: Chat): boolean {
		return chat.member_ids.includes(userId) || (this.rootChat(chat) !== chat && this.rootChat(chat).member_ids.includes(userId));
	}

	canRead(userId: number, chat: Chat): boolean {
		return this.isMember(userId, chat) || (this.rootChat(chat).public && !chat.personal);
	}

	personalChat(a: number, b: number): Chat | undefined {
		for (const c of this.chats.values()) {
			if (c.personal && c.member_ids.length === 2 && c.member_ids.includes(a) && c.member_ids.includes(b)) return c;
		}
		return undefined;
	}

	botsInChat(chat: Chat): BotRecord[] {
		return [...this.bots.values()].filter((b) => this.isMember(b.id, chat));
	}

	/** Low-level insert: the caller resolved chat, entity and permissions. */
	insertMessage(f: Partial<Message> & { chat_id: number; user_id: number }): Message {
		const chat = this.chats.get(f.chat_id);
		if (!chat) throw new Error(`No chat ${f.chat_id}`);
		const thread = this.threadByChatId(chat.id);
		const id = this.nextId('message');
		const now = iso();
		const msg: Message = {
			id,
			entity_type: thread ? 'thread' : 'discussion',
			entity_id: thread ? thread.id : chat.id,
			root_chat_id: this.rootChat(chat).id,
			content: '',
			created_at: now,
			url: messageLink(this.webOrigin, chat.id, id),
			files: [],
			voice_content: null,
			buttons: null,
			thread: null,
			forwarding: null,
			parent_message_id: null,
			changed_at: now,
			deleted_at: null,
			...f,
		} as Message;
		msg.id = id;
		if (this.users.get(msg.user_id)?.bot) {
			msg.display_avatar_url = msg.display_avatar_url ?? null;
			msg.display_name = msg.display_name ?? null;
		} else {
			delete msg.display_avatar_url;
			delete msg.display_name;
		}
		this.messages.set(id, msg);
		chat.last_message_at = msg.created_at;
		if (thread) thread.updated_at = msg.created_at;
		return msg;
	}

	/** Creates the thread of a message, or returns the existing one. */
	threadFor(msg: Message, creatorId: number): Thread {
		if (msg.thread) {
			const existing = this.threads.get(msg.thread.id);
			if (existing) return existing;
		}
		const parent = this.chats.get(msg.chat_id)!;
		const chat = this.addChat({ name: `Thread: ${msg.content.slice(0, 40)}`, ownerId: creatorId, memberIds: [], public: false });
		chat.last_message_at = parent.last_message_at;
		const thread: Thread = {
			id: this.nextId('thread'), chat_id: chat.id, message_id: msg.id, message_chat_id: msg.chat_id, updated_at: iso(),
		};
		this.threads.set(thread.id, thread);
		msg.thread = { id: thread.id, chat_id: chat.id };
		return thread;
	}

	/** Stores an event in a bot's history; `createdAt` (ms) gives it an older time and ID (a late event). */
	addHistory(botId: number, payload: Record<string, unknown>, createdAt?: number): HistoryEvent {
		const event: HistoryEvent = {
			id: createdAt === undefined ? this.ulid.next() : this.ulid.at(createdAt),
			event_type: `${String(payload.type)}_${String(payload.event)}`,
			payload,
			created_at: iso(createdAt),
		};
		if (!this.history.has(botId)) this.history.set(botId, []);
		this.history.get(botId)!.push(event);
		return event;
	}
}
