import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { fullMessageOf } from '../shared/events';

/**
 * Fetch Full Message runs inside Pachca's webhook request, which Pachca gives up on after a timeout:
 * one retry, short attempts and a hard limit for the whole fetch (a 429's Retry-After included), so
 * the request is answered while Pachca still listens.
 */
export const FETCH_BUDGET_MS = 4000;
const FETCH_ATTEMPT_TIMEOUT_MS = 2000;
const FETCH_RETRIES = 1;
const DEADLINE_TICK_MS = 100;

/** What the 503 of a failed fetch asks Pachca to wait. */
export const FETCH_RETRY_AFTER_SECONDS = 5;

export type FetchOutcome = { ok: true; extra: IDataObject } | { ok: false; reason: string };

function failure(error: unknown): FetchOutcome {
	// The message is gone (always so for message.delete): the event happened all the same.
	if (error instanceof NodeApiError && error.httpCode === '404') return { ok: true, extra: { message: null } };
	return { ok: false, reason: error instanceof Error ? error.message : String(error) };
}

/** `{ message }` for events about a message, `{}` for others, or why it could not be had in time. */
export async function fetchMessageWithinBudget(
	ctx: IWebhookFunctions,
	payload: Record<string, unknown>,
): Promise<FetchOutcome> {
	const fetching = fullMessageOf(ctx, payload, { maxRetries: FETCH_RETRIES, timeoutMs: FETCH_ATTEMPT_TIMEOUT_MS }).then(
		(extra): FetchOutcome => ({ ok: true, extra }),
		failure,
	);
	// Short waits rather than one long one, so that no timer outlives a fetch that finished early.
	// A fetch still running at the deadline goes on in the background; its settled outcome is dropped.
	const started = Date.now();
	for (;;) {
		const first = await Promise.race([fetching, sleep(DEADLINE_TICK_MS).then(() => undefined)]);
		if (first !== undefined) return first;
		if (Date.now() - started >= FETCH_BUDGET_MS) {
			return { ok: false, reason: `GET of the message did not finish within ${FETCH_BUDGET_MS / 1000} s` };
		}
	}
}
