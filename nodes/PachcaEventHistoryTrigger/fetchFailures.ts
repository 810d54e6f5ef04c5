import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { fullMessageOf } from '../shared/events';
import { httpStatusOf } from '../shared/history';
import type { SeenState } from './state';

/** Polls in a row an event waits for its message after transient failures before it goes out without it. */
export const MAX_FETCH_ATTEMPTS = 3;

/** 429, 5xx and failures without a status (timeouts, dropped connections) may pass on a later poll. */
function isTransient(error: unknown): boolean {
	const status = httpStatusOf(error);
	return status === undefined || status === 429 || status >= 500;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Fetch Full Message for one history event: `{ message }`, or `{ message: null, message_error }` when
 * the message cannot be had, or undefined to hold the event (and the ones after it) for the next poll.
 * A deleted message (404) is `message: null` as in the webhook trigger. A permanent refusal goes out at
 * once; a transient failure holds the event for at most MAX_FETCH_ATTEMPTS polls, so no event is stuck.
 */
export async function fullMessageForPoll(
	ctx: IPollFunctions,
	state: SeenState,
	event: { id: string; payload: Record<string, unknown> },
): Promise<IDataObject | undefined> {
	try {
		const extra = await fullMessageOf(ctx, event.payload, { maxRetries: 1 });
		state.clearHeld(event.id);
		return extra;
	} catch (error) {
		if (httpStatusOf(error) === 404) return { message: null };
		const attempts = state.holdFor(event.id);
		if (isTransient(error) && attempts < MAX_FETCH_ATTEMPTS) {
			ctx.logger.warn(
				`Pachca Event History Trigger: event ${event.id} waits for the next poll (attempt ${attempts} of ${MAX_FETCH_ATTEMPTS}) because Fetch Full Message failed: ${reasonOf(error)}`,
			);
			return undefined;
		}
		state.clearHeld(event.id);
		return { message: null, message_error: `Fetch Full Message failed: ${reasonOf(error)}` };
	}
}
