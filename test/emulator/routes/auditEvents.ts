// GET /audit_events: the workspace's security log (Owner's audit_events:read, Corporation plan).
import { randomUUID } from 'node:crypto';
import type { Ctx, Route } from '../context';
import { pageParams, paginate, cursorOnly } from '../pagination';
import type { EmulatorState } from '../state';
import { iso } from '../util';
import { apiError, dateTimeParam, oneOf } from '../validation';

/** The spec's AuditEventKey enum. */
export const AUDIT_EVENT_KEYS = `user_login user_logout user_2fa_fail user_2fa_success user_created user_deleted
	user_role_changed user_updated tag_created tag_deleted user_added_to_tag user_removed_from_tag chat_created
	chat_renamed chat_permission_changed user_chat_join user_chat_leave tag_added_to_chat tag_removed_from_chat
	message_updated message_deleted message_created reaction_created reaction_deleted thread_created
	access_token_created access_token_updated access_token_destroy kms_encrypt kms_decrypt audit_events_accessed
	dlp_violation_detected search_users_api search_chats_api search_messages_api bot_scopes_updated
	bot_webhook_settings_updated bot_token_recreated bot_deleted bot_oauth_client_updated oauth_authorization_granted
	oauth_authorization_revoked video_call_started video_call_finished video_call_recording_ready`.split(/\s+/);

/** An AuditEvent as the spec's schema gives it. */
export interface AuditEvent {
	id: string;
	created_at: string;
	event_key: string;
	entity_id: string;
	entity_type: string;
	actor_id: string;
	actor_type: string;
	details: Record<string, unknown>;
	ip_address: string | null;
	user_agent: string | null;
}

const logs = new WeakMap<EmulatorState, AuditEvent[]>();

/** The workspace's security log, oldest first (tests add events here: the emulator logs nothing itself). */
export function auditLogOf(state: EmulatorState): AuditEvent[] {
	if (!logs.has(state)) logs.set(state, []);
	return logs.get(state)!;
}

/** Adds an event to the log; `created_at` defaults to now. */
export function addAuditEvent(state: EmulatorState, fields: Partial<AuditEvent> = {}): AuditEvent {
	const event: AuditEvent = {
		id: randomUUID(), created_at: iso(), event_key: 'user_login', entity_id: '12', entity_type: 'User', actor_id: '12',
		actor_type: 'User', details: {}, ip_address: '192.0.2.10', user_agent: 'Pachca emulator', ...fields,
	};
	auditLogOf(state).push(event);
	return event;
}

/** created_at (always 24 characters) then id: the list's order, as one comparable text. */
const order = (e: AuditEvent): string => `${e.created_at}|${e.id}`;

const TEXT_FILTERS = ['actor_id', 'actor_type', 'entity_id', 'entity_type'] as const;

/** Newest first; the time bounds are inclusive; the other filters match exactly. */
function listAuditEvents(ctx: Ctx) {
	const start = dateTimeParam(ctx.query, 'start_time');
	const end = dateTimeParam(ctx.query, 'end_time');
	if (start !== undefined && end !== undefined && start > end) {
		throw apiError(422, 'start_time', 'start_time must not be later than end_time', 'invalid_date_range', ctx.query.start_time);
	}
	const eventKey = ctx.query.event_key === undefined ? undefined : oneOf(ctx.query.event_key, AUDIT_EVENT_KEYS, 'event_key');
	const filters = TEXT_FILTERS.filter((key) => ctx.query[key] !== undefined);
	const list = ['audit', start, end, eventKey, ...filters.map((key) => `${key}=${ctx.query[key]}`)].join(':');
	const p = pageParams(cursorOnly(ctx.query), list, ['created_at'], { sort: 'created_at', order: 'desc' });
	const keyOf = (e: AuditEvent): [string, string] => [e.created_at, e.id];
	const items = auditLogOf(ctx.state)
		.filter((e) => (start === undefined || e.created_at >= start) && (end === undefined || e.created_at <= end))
		.filter((e) => eventKey === undefined || e.event_key === eventKey)
		.filter((e) => filters.every((key) => e[key] === ctx.query[key]))
		.sort((a, b) => (order(b) < order(a) ? -1 : order(b) > order(a) ? 1 : 0));
	return { status: 200, body: paginate(items, keyOf, p, [iso(), ''], ctx.state.paginationQuirk) };
}

export const auditEventRoutes: Route[] = [
	{ method: 'GET', path: '/audit_events', scope: 'audit_events:read', plan: 'corporation', bucket: 'other', handler: listAuditEvents },
];
