import type { IHttpRequestMethods } from 'n8n-workflow';

/** Pachca's docs: at most 3 retries per request. */
export const MAX_RETRIES = 3;

/** Longest Retry-After we are willing to sleep through inside one node execution. */
export const RETRY_AFTER_CAP_MS = 60_000;

const IDEMPOTENT: IHttpRequestMethods[] = ['GET', 'PUT', 'DELETE', 'HEAD'];

/** 1 s, 2 s, 4 s … times a jitter of 0.5–1.5, as Pachca recommends, so many clients do not retry in step. */
export function backoffMs(attempt: number): number {
	return 1000 * 2 ** attempt * (0.5 + Math.random());
}

/** Retry-After is either delta-seconds or an HTTP date; returns ms, or undefined if absent or unreadable. */
export function parseRetryAfter(header: unknown, now = Date.now()): number | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Whether a failure may be retried without risking a duplicate side effect: a POST (a new message)
 * is repeated only when Pachca certainly did not act on it, i.e. 429 or a refused connection.
 */
export function mayRetry(method: IHttpRequestMethods, failure: { statusCode?: number; networkCode?: string }): boolean {
	if (failure.statusCode === 429) return true;
	if (failure.networkCode === 'ECONNREFUSED') return true;
	if (!IDEMPOTENT.includes(method)) return false;
	if (failure.networkCode !== undefined) return true;
	return failure.statusCode !== undefined && failure.statusCode >= 500;
}
