import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { fullMessageOf } from '../shared/events';

/**
 * Fetch Full Message runs inside Pachca's webhook request, which Pachca gives up on after a timeout:
 * one retry, short attempts and a hard limit for the whole fetch (a 429's Retry-After included), so
 * the request is answered while Pachca still listens.
 */
export const FETCH_BUDGET_MS = 4000;
const FETCH_ATTEMPT_TIMEOUT_MS = 2000;
const FETCH_RETRIES = 1;

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
	// The transport keeps every wait and retry inside the budget, and gives up rather than overrun it.
	return await fullMessageOf(ctx, payload, {
		maxRetries: FETCH_RETRIES,
		timeoutMs: FETCH_ATTEMPT_TIMEOUT_MS,
		deadlineMs: FETCH_BUDGET_MS,
	}).then((extra): FetchOutcome => ({ ok: true, extra }), failure);
}
