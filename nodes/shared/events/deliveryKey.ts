import { payloadFingerprint } from '../webhookSecurity/dedupe';

/**
 * Fields of the spec's payloads that belong to one event only: a message's `id`, the `created_at` of
 * reactions, links and members, a click's `trigger_id`, a call's times and recording. A payload with
 * one of them is the same event on every delivery, so webhook_timestamp (new on each retry) is left out.
 */
const EVENT_IDENTITY_FIELDS = ['id', 'created_at', 'trigger_id', 'started_at', 'finished_at', 'recording_id'];

/**
 * The key of one event's delivery. A payload with nothing of its own (a form sent twice with the same
 * answers, a call event with only its required fields) keeps webhook_timestamp: two such events stay
 * two, at the price of a retry with a new timestamp running again (at least once, never lost).
 */
export function deliveryKey(payload: Record<string, unknown>): string {
	const identified = EVENT_IDENTITY_FIELDS.some((field) => payload[field] !== undefined && payload[field] !== null);
	return payloadFingerprint(payload, identified ? ['webhook_timestamp'] : []);
}
