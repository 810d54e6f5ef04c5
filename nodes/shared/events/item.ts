import type { IDataObject } from 'n8n-workflow';

import type { PachcaContext, RequestOptions } from '../transport';
import { pachcaApiRequest } from '../transport';
import { GET_MESSAGE } from '../messages/routes';
import { formFieldsOf } from '../forms/submission';
import { deliveryKey } from './deliveryKey';
import { eventNameOf, messageIdOf } from './events';

/**
 * The item both triggers emit for an event: the payload exactly as Pachca sent it, its `event_name`,
 * its `delivery_key`, a submitted form's `fields` and `metadata`, and whatever the caller adds (the full message, the history entry's `id` and
 * `created_at`).
 *
 * `delivery_key` (see deliveryKey) is equal for every redelivery of one event, whichever n8n process
 * received it and whether it came by webhook or from the event history, and differs between events.
 * It is what a database-backed dedupe (Remove Duplicates) keys on in queue mode.
 */
export function eventItem(payload: Record<string, unknown>, extra: IDataObject = {}): IDataObject {
	return {
		...(payload as IDataObject),
		event_name: eventNameOf(payload),
		delivery_key: deliveryKey(payload),
		// a submitted form: its fields by name and its metadata parsed back
		...formFieldsOf(payload),
		...extra,
	};
}

/**
 * "Fetch Full Message": `{ message }` from GET /messages/{id} for events about a message, `{}` for
 * the others. Errors go to the caller, which decides whether the event is retried.
 */
export async function fullMessageOf(
	ctx: PachcaContext,
	payload: Record<string, unknown>,
	options: RequestOptions = {},
): Promise<IDataObject> {
	const messageId = messageIdOf(payload);
	if (messageId === undefined) return {};
	const response = await pachcaApiRequest.call(ctx, GET_MESSAGE, { ...options, params: { id: messageId } });
	return { message: (response.data ?? null) as IDataObject | null };
}
