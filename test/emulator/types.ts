// Shapes of the records the emulator keeps. Public records follow the OpenAPI schemas
// (User, Chat, Message, Thread, BotWebhook, WebhookEvent) field by field.

import type { Bucket, BucketRule } from './ratelimit';

export type UserRole = 'admin' | 'user' | 'multi_guest' | 'guest';

export interface User {
	id: number;
	first_name: string | null;
	last_name: string | null;
	nickname: string;
	email: string | null;
	phone_number: string | null;
	department: string | null;
	title: string | null;
	role: UserRole;
	suspended: boolean;
	invite_status: 'confirmed' | 'sent';
	inviter_id: number | null;
	list_tags: string[];
	custom_properties: unknown[];
	user_status: UserStatus | null;
	bot: boolean;
	sso: boolean;
	created_at: string;
	last_activity_at: string | null;
	time_zone: string | null;
	image_url: string | null;
}

/** UserStatus of the spec: away_message is an object, null when not set. */
export interface UserStatus {
	emoji: string;
	title: string;
	expires_at: string | null;
	is_away: boolean;
	away_message: { text: string } | null;
}

/** CustomPropertyDefinition of the spec, with the entity it belongs to (GET /custom_properties?entity_type=). */
export interface CustomPropertyDefinition {
	id: number;
	name: string;
	data_type: 'string' | 'number' | 'date' | 'link';
	entity_type: 'User' | 'Task';
}

export interface Chat {
	id: number;
	name: string;
	created_at: string;
	owner_id: number;
	member_ids: number[];
	group_tag_ids: number[];
	channel: boolean;
	archived: boolean;
	personal: boolean;
	public: boolean;
	last_message_at: string;
	meet_room_url: string;
}

/** A chat member's role (ChatMemberRole), as PUT /chats/{id}/members/{user_id} sets it. */
export type ChatMemberRole = 'admin' | 'editor' | 'member';

/** A group tag: its members join every chat the tag is added to. */
export interface GroupTag {
	id: number;
	name: string;
	user_ids: number[];
}

export type TaskKind = 'call' | 'meeting' | 'reminder' | 'event' | 'email';

/** A task (reminder), as the spec's Task schema. */
export interface Task {
	id: number;
	kind: TaskKind;
	content: string;
	due_at: string | null;
	priority: number;
	user_id: number;
	chat_id: number | null;
	status: 'done' | 'undone';
	created_at: string;
	performer_ids: number[];
	all_day: boolean;
	custom_properties: Array<{ id: number; name: string; data_type: 'string'; value: string | null }>;
}

export interface Button {
	text: string;
	url?: string;
	data?: string;
}

export type FileType = 'file' | 'image' | 'audio' | 'voice';

export interface MessageFile {
	id: number;
	key: string;
	name: string;
	file_type: FileType;
	url: string;
	width: number | null;
	height: number | null;
}

export type EntityType = 'discussion' | 'thread' | 'user';

export interface Message {
	id: number;
	entity_type: EntityType;
	entity_id: number;
	chat_id: number;
	root_chat_id: number;
	content: string;
	user_id: number;
	created_at: string;
	url: string;
	files: MessageFile[];
	voice_content: null;
	buttons: Button[][] | null;
	thread: { id: number; chat_id: number } | null;
	forwarding: null;
	parent_message_id: number | null;
	/** Present only on messages sent by bots. */
	display_avatar_url?: string | null;
	/** Present only on messages sent by bots. */
	display_name?: string | null;
	changed_at: string | null;
	deleted_at: string | null;
}

export interface Thread {
	id: number;
	chat_id: number;
	message_id: number | null;
	message_chat_id: number | null;
	updated_at: string;
}

export interface LinkPreview {
	title: string;
	description: string;
	image_url?: string;
	image?: { key: string; name: string; size?: number };
}

export type BotEventName =
	| 'message_new'
	| 'message_update'
	| 'message_delete'
	| 'reaction_new'
	| 'reaction_delete'
	| 'button_click'
	| 'message_link_shared'
	| 'chat_member_add'
	| 'chat_member_remove'
	| 'company_member_invite'
	| 'company_member_confirm'
	| 'company_member_suspend'
	| 'company_member_activate'
	| 'company_member_delete'
	| 'company_member_update'
	| 'video_call_started'
	| 'video_call_finished'
	| 'video_call_recording_ready';

export interface BotWebhook {
	name: string;
	nickname: string;
	outgoing_url: string | null;
	events: BotEventName[];
	trigger_on: 'commands' | 'all_messages' | 'unfurl';
	commands: string[];
	scopes: string[];
	template: string | null;
	template_engine: 'liquid' | 'mustache';
	challenge_key: string | null;
	link_preview_enabled: boolean;
	ignore_self_messages: boolean;
	events_history_enabled: boolean;
	single_chat: boolean;
	can_edit: Array<'admin' | 'chat_owners'>;
	who_can_add: 'creator' | 'creator_admin' | 'creator_admin_user' | 'anyone';
}

/** A bot: `id` equals the bot's user id. */
export interface BotRecord {
	id: number;
	webhook: BotWebhook;
	signingSecret: string;
	/** Domains tracked for link unfurling (an emulator-only setting; the real one lives in the UI). */
	unfurlDomains: string[];
	creatorId: number;
}

export interface TokenRecord {
	id: number;
	token: string;
	userId: number;
	scopes: string[];
	bot: boolean;
	name: string | null;
	created_at: string;
	last_used_at: string | null;
}

/** An item of GET /webhooks/events (schema WebhookEvent). */
export interface HistoryEvent {
	id: string;
	event_type: string;
	payload: Record<string, unknown>;
	created_at: string;
}

export interface EmulatorOptions {
	/** Default true: documented per-token limits, 429 + Retry-After. */
	rateLimits?: boolean;
	/** Default RATE_LIMIT_RULES (the docs read conservatively). */
	rateLimitRules?: Record<Bucket, BucketRule>;
	/** Default 0: delay before answering each request. */
	latencyMs?: number;
	/** Default 0 (random). */
	port?: number;
}

export interface LoggedRequest {
	method: string;
	/** Path without the /api/shared/v1 prefix and without the query, e.g. '/messages/12'. */
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	/** Parsed JSON, or undefined (no body or not JSON). */
	body: unknown;
	/** Response status; 0 when the socket was reset without an answer. */
	status: number;
	/** Date.now() when the request arrived. */
	at: number;
}

export interface Fault {
	method?: string;
	path: string | RegExp;
	kind: 'status' | 'reset' | 'html';
	status?: number;
	retryAfter?: string;
	/** Default 1. */
	times?: number;
	/** matching requests answered normally before the fault starts (default 0): a failure mid-read */
	after?: number;
}

export interface Delivery {
	url: string;
	/** HTTP status of the receiver, 0 on a connection error or timeout. */
	status: number;
	rawBody: string;
	headers: Record<string, string>;
	kind: string;
	attempt: number;
	botId: number;
}

export interface EmitResult {
	status: number;
	attempts: number;
	payload: Record<string, unknown>;
	rawBody: string;
}
