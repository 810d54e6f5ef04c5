import type { IDataObject } from 'n8n-workflow';

import { eventItem } from '../events';

/** One entry of the bot's event history (the spec's WebhookEvent). */
export interface HistoryEvent {
	/** a ULID: its first 10 characters are the creation time, so IDs sort by time */
	id: string;
	event_type: string;
	payload: Record<string, unknown>;
	created_at: string;
}

/**
 * Upper-case ULIDs compare as plain strings in time order (Crockford's alphabet is in ASCII order).
 * The spec promises no order for the list, so every consumer sorts with this.
 */
export function compareEventIds(a: string, b: string): number {
	const x = a.toUpperCase();
	const y = b.toUpperCase();
	return x < y ? -1 : x > y ? 1 : 0;
}

export function sortOldestFirst(events: HistoryEvent[]): HistoryEvent[] {
	return [...events].sort((a, b) => compareEventIds(a.id, b.id));
}

/**
 * An event as the Pachca Trigger emits it (payload plus `event_name`), with the history entry's ID and
 * time under their own names: the payload has an `id` and a `created_at` of its own (the message's).
 */
export function historyEventItem(event: HistoryEvent, extra: IDataObject = {}): IDataObject {
	return eventItem(event.payload, { ...extra, event_id: event.id, event_created_at: event.created_at });
}
