// Builders of the 19 outgoing webhook payloads of the spec's WebhookPayloadUnion.
// A kind is `${type}.${event}` with the spec's own values; note that link unfurling is
// type `message`, event `link_shared` (kind 'message.link_shared').
import { randomUUID } from 'node:crypto';
import { messageLink, PACHCA_APP_ORIGIN } from './links';
import { iso } from './util';

export const WEBHOOK_KINDS = [
	'message.new',
	'message.update',
	'message.delete',
	'message.link_shared',
	'reaction.new',
	'reaction.delete',
	'button.click',
	'view.submit',
	'chat_member.add',
	'chat_member.remove',
	'company_member.invite',
	'company_member.confirm',
	'company_member.update',
	'company_member.suspend',
	'company_member.activate',
	'company_member.delete',
	'video_call.started',
	'video_call.finished',
	'video_call.recording_ready',
] as const;

export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** Older name used in the brief for 'message.link_shared'; accepted by emitWebhook. */
export const KIND_ALIASES: Record<string, WebhookKind> = { 'link.new': 'message.link_shared' };

export function resolveKind(kind: string): WebhookKind {
	const k = KIND_ALIASES[kind] ?? kind;
	if (!(WEBHOOK_KINDS as readonly string[]).includes(k)) throw new Error(`Unknown webhook kind: ${kind}`);
	return k as WebhookKind;
}

/** Ids the defaults refer to; the emulator passes ids of its own seeded objects. */
export interface PayloadContext {
	chatId: number;
	messageId: number;
	userId: number;
	content: string;
	/** Where message links point (the emulator's origin, or Pachca's web app). */
	origin: string;
}

const SAMPLE: PayloadContext = { chatId: 1000, messageId: 100000, userId: 12, content: 'Hello from the emulator', origin: PACHCA_APP_ORIGIN };

export const nowUnix = (): number => Math.floor(Date.now() / 1000);

function defaults(kind: WebhookKind, c: PayloadContext): Record<string, unknown> {
	const [type, event] = kind.split('.');
	const head = { type, event };
	const created = iso();
	switch (type) {
		case 'message':
			if (event === 'link_shared') {
				return {
					...head, chat_id: c.chatId, message_id: c.messageId,
					links: [{ url: 'https://example.com/page1', domain: 'example.com', skip: false }],
					user_id: c.userId, created_at: created,
				};
			}
			return {
				...head, id: c.messageId, entity_type: 'discussion', entity_id: c.chatId, content: c.content,
				user_id: c.userId, created_at: created, changed_at: created,
				url: messageLink(c.origin, c.chatId, c.messageId), chat_id: c.chatId,
				parent_message_id: null, thread: null,
			};
		case 'reaction':
			return { ...head, chat_id: c.chatId, message_id: c.messageId, code: '👍', name: ':+1:', user_id: c.userId, created_at: created };
		case 'button':
			return { ...head, message_id: c.messageId, trigger_id: randomUUID(), data: 'button_data', user_id: c.userId, chat_id: c.chatId };
		case 'view':
			return {
				...head, callback_id: 'emulator_form', private_metadata: '{"source":"emulator"}', chat_id: c.chatId,
				user_id: c.userId, data: { comment: 'Looks good' },
			};
		case 'chat_member':
			return { ...head, chat_id: c.chatId, thread_id: null, user_ids: [c.userId], created_at: created };
		case 'company_member':
			return { ...head, user_ids: [c.userId], created_at: created };
		default:
			return videoCall(head, event, c);
	}
}

function videoCall(head: Record<string, unknown>, event: string, c: PayloadContext): Record<string, unknown> {
	const base = { ...head, video_room_id: 9012, chat_id: c.chatId, owner_id: c.userId, thread: null };
	const started = iso(Date.now() - 900_000);
	const finished = iso();
	if (event === 'started') return { ...base, started_at: started };
	if (event === 'finished') {
		return {
			...base, started_at: started, finished_at: finished, duration: 900,
			members: [{ user_id: c.userId, joined_at: started, left_at: finished }],
		};
	}
	return {
		...base, recording_id: 4567, file_id: 89012, url: 'https://api.pachca.com/files/89012', size: 10485760, duration: 900,
	};
}

/**
 * A spec-valid payload of `kind` with a current `webhook_timestamp` (unix seconds). Overrides are merged
 * on top; an override of `undefined` removes the field.
 */
export function buildWebhookPayload(
	kind: WebhookKind | 'link.new',
	overrides: Record<string, unknown> = {},
	context: Partial<PayloadContext> = {},
): Record<string, unknown> {
	const k = resolveKind(kind);
	const payload: Record<string, unknown> = { ...defaults(k, { ...SAMPLE, ...context }), webhook_timestamp: nowUnix() };
	for (const [key, value] of Object.entries(overrides)) {
		if (value === undefined) delete payload[key];
		else payload[key] = value;
	}
	return payload;
}

/** `event_type` of a stored history event (BotEventName style), e.g. message_new, message_link_shared. */
export const eventTypeOf = (kind: WebhookKind): string => kind.replace('.', '_');
