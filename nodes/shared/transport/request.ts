import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { chatDirectory, chatOf, writeTarget } from './chats';
import { Deadline } from './deadline';
import { networkCodeOf, toDeadlineError, toNetworkError, toNodeApiError, toRetryAfterTooLongError } from './errors';
import type { ExecutionGate } from './order';
import { lanes, unlessCancelled } from './order';
import { backoffMs, MAX_RETRIES, mayRetry, parseRetryAfter, RETRY_AFTER_CAP_MS } from './retry';
import type { LimitClass, Route } from './routes';
import { pathOf } from './routes';
import { bucketKey, buckets, tokenId } from './throttle';
import type { FullResponse, PachcaContext, RequestOptions } from './types';

export type { FullResponse, PachcaContext, RequestOptions } from './types';

const REQUEST_TIMEOUT_MS = 60_000;

export function normaliseBaseUrl(baseUrl: unknown): string {
	return String(baseUrl ?? '').trim().replace(/\/+$/, '');
}

interface PachcaCredentials {
	baseUrl: string;
	accessToken: string;
	sharingProcesses?: number;
}

/** The credential's "Processes Sharing This Token": a whole number from 1 (anything else counts as 1). */
function processesSharing(value: unknown): number {
	const processes = Number(value ?? 1);
	return Number.isSafeInteger(processes) && processes > 1 ? Math.min(processes, 100) : 1;
}

function outOfTime(
	context: PachcaContext,
	{ method, path, itemIndex }: { method: string; path: string; itemIndex?: number },
	deadline: Deadline,
): Error {
	return toDeadlineError(context.getNode(), method, path, deadline.budgetMs ?? 0, itemIndex);
}

/** n8n's signal for "the user stopped this execution" (only executions have one). */
function cancelSignalOf(context: PachcaContext): AbortSignal | undefined {
	return (context as Partial<IExecuteFunctions>).getExecutionCancelSignal?.();
}

/** A slot taken in a bucket: `key` may send at `at`. */
interface Booking {
	key: string;
	at: number;
}

/**
 * Waits for this request's slot in its bucket; fails at once if the token was told to wait too long.
 * A slot that will not be used (out of time, cancelled, paused meanwhile) goes back to the bucket.
 */
async function waitForSlot(
	context: PachcaContext,
	key: () => string,
	limitClass: LimitClass,
	failure: { method: string; path: string; itemIndex?: number },
	deadline: Deadline,
	signal?: AbortSignal,
): Promise<Booking> {
	for (;;) {
		const current = key();
		const slot = buckets.reserve(current, limitClass, RETRY_AFTER_CAP_MS);
		if ('blockedFor' in slot) {
			const { method, path, itemIndex } = failure;
			throw toRetryAfterTooLongError(context.getNode(), method, path, slot.blockedFor, RETRY_AFTER_CAP_MS, itemIndex);
		}
		const waitMs = slot.at - buckets.now();
		let used = false;
		try {
			if (!deadline.allows(Math.max(0, waitMs))) throw outOfTime(context, failure, deadline);
			if (waitMs > 0) await whileRunning(context, sleep(waitMs, signal), signal, failure.itemIndex);
			// A 429 that arrived meanwhile paused the bucket: take a new slot after the pause.
			used = buckets.pausedFor(current) === 0;
		} finally {
			if (!used) buckets.release(current, slot.at);
		}
		if (used) return { key: current, at: slot.at };
	}
}

/** A free connection of this execution (Max Concurrent Requests), or a clear error once it is cancelled. */
async function connection(context: PachcaContext, gate: ExecutionGate | undefined, signal: AbortSignal | undefined, itemIndex?: number) {
	if (!gate) return undefined;
	// Not wrapped in another race: the semaphore itself hands a turn back when the cancel comes first.
	return await gate.requests.acquire(signal).catch(() => {
		throw cancelledError(context, itemIndex);
	});
}

/**
 * The one way this package talks to Pachca: paced by token buckets at Pachca's limits (message
 * writes per chat, in order per chat), retried where safe, stopped at once when the execution is
 * cancelled, errors mapped to readable NodeApiErrors. Returns the parsed body (`{}` for 204).
 */
export async function pachcaApiRequest(
	this: PachcaContext,
	route: Route,
	options: RequestOptions = {},
): Promise<IDataObject> {
	const response = await pachcaApiExchange.call(this, route, options);
	// 204 (delete, pin) has no body
	return (response.body === undefined || response.body === '' ? {} : response.body) as IDataObject;
}

/**
 * `pachcaApiRequest`, answered with the whole response (status, headers). `followRedirect: false` returns
 * a 3xx as it is: its Location (a signed storage link) must not be fetched with the token.
 */
export async function pachcaApiExchange(
	this: PachcaContext,
	route: Route,
	options: RequestOptions = {},
	{ followRedirect = true }: { followRedirect?: boolean } = {},
): Promise<FullResponse> {
	const { method } = route;
	const path = pathOf(route, options.params);
	const credentials = await this.getCredentials<PachcaCredentials>('pachcaApi');
	const baseUrl = normaliseBaseUrl(credentials.baseUrl);
	const processes = processesSharing(credentials.sharingProcesses);
	const token = tokenId(baseUrl, String(credentials.accessToken), processes);
	buckets.shareToken(token, processes);
	const signal = cancelSignalOf(this);
	const target = route.chatScoped ? writeTarget(path, options.body, options.chatKey) : undefined;
	// Pachca counts writes by chat_id: resolved when the slot is taken, so a chat learned meanwhile counts.
	const chat = () => {
		const chatId = target && chatOf(chatDirectory, token, target);
		return chatId === undefined ? 'unknown' : `chat:${chatId}`;
	};
	const key = () => bucketKey(token, route.limitClass, route.limitClass === 'messageWrite' ? chat() : '');
	const lane = target ? lanes.join(`${token}:${target.kind}:${target.id}`, `${token}:${chat()}`) : undefined;
	// Queued: the router may start the next item, which can no longer overtake this one in its chat.
	if (!options.beforeChatWrite) options.gate?.arrive(options.itemIndex);
	try {
		if (lane) await whileRunning(this, lane.ready, signal, options.itemIndex);
		const paced = { baseUrl, token, key, limitClass: route.limitClass, scope: route.scope, plan: route.plan, signal, followRedirect };
		return await send.call(this, method, path, options, paced);
	} finally {
		lane?.leave();
	}
}

/** Waits for `promise`, or fails with a clear error as soon as the execution is cancelled. */
async function whileRunning<T>(context: PachcaContext, promise: Promise<T>, signal: AbortSignal | undefined, itemIndex?: number): Promise<T> {
	return await unlessCancelled(promise, signal).catch((error: unknown) => {
		if (!signal?.aborted) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
		throw cancelledError(context, itemIndex);
	});
}

function cancelledError(context: PachcaContext, itemIndex?: number) {
	return new NodeOperationError(context.getNode(), 'The execution was cancelled: the request was not sent or retried', { itemIndex });
}

/** An earlier item failed the node (no Continue On Fail): this one must not send anything more. */
const notSent = (context: PachcaContext, itemIndex?: number) =>
	new NodeOperationError(context.getNode(), 'Not sent: an earlier item failed', { itemIndex });

interface Paced {
	baseUrl: string;
	token: string;
	key: () => string;
	limitClass: LimitClass;
	scope?: string;
	plan?: string;
	signal?: AbortSignal;
	followRedirect: boolean;
}

async function send(
	this: PachcaContext,
	method: IHttpRequestMethods,
	path: string,
	options: RequestOptions,
	{ baseUrl, token, key, limitClass, scope, plan, signal, followRedirect }: Paced,
): Promise<FullResponse> {
	const request: IHttpRequestOptions = {
		method,
		url: `${baseUrl}${path}`,
		qs: options.qs,
		body: options.multipart?.body ?? options.body,
		...(options.multipart ? { headers: { 'Content-Type': options.multipart.contentType } } : {}),
		json: true,
		returnFullResponse: true,
		...(followRedirect ? {} : { disableFollowRedirect: true }),
		ignoreHttpStatusErrors: true,
		// A hung connection must not hold the execution forever; a timed-out POST is not retried.
		timeout: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
		abortSignal: signal,
	};
	const maxRetries = options.maxRetries ?? MAX_RETRIES;
	const failure = { method, path, itemIndex: options.itemIndex };
	const deadline = new Deadline(options.deadlineMs, buckets.now);
	// Waits before a retry stay inside the budget, or the request gives up now.
	const backoff = async (attempt: number) => {
		const waitMs = backoffMs(attempt);
		if (!deadline.allows(waitMs)) throw outOfTime(this, failure, deadline);
		await whileRunning(this, sleep(waitMs, signal), signal, options.itemIndex);
	};
	let retriedAfterFailure = false;

	const { gate } = options;
	for (let attempt = 0; ; attempt++) {
		if (gate?.stopped(options.itemIndex)) throw notSent(this, options.itemIndex);
		const booking = await waitForSlot(this, key, limitClass, failure, deadline, signal);
		const bucket = booking.key;
		let release: (() => void) | undefined;
		let sending = false;
		try {
			release = await connection(this, gate, signal, options.itemIndex);
			if (gate?.stopped(options.itemIndex)) throw notSent(this, options.itemIndex);
			sending = true;
		} finally {
			if (!sending) {
				release?.();
				buckets.release(bucket, booking.at);
			}
		}
		const sentAt = buckets.sent(bucket);
		// A copy per attempt: n8n adds the auth header to the options it is given.
		const outcome = await this.helpers.httpRequestWithAuthentication
			.call(this, 'pachcaApi', { ...request, timeout: deadline.cap(request.timeout ?? REQUEST_TIMEOUT_MS) })
			.then(
				(response) => ({ response: response as FullResponse }),
				(error: unknown) => ({ networkCode: networkCodeOf(error) }),
			)
			.finally(() => release?.());
		// Cancelled: final, never retried (n8n reports it as ERR_CANCELED).
		if (signal?.aborted) throw cancelledError(this, options.itemIndex);
		if (!('response' in outcome)) {
			if (deadline.passed) throw outOfTime(this, failure, deadline);
			if (attempt < maxRetries && mayRetry(method, outcome)) {
				retriedAfterFailure = true;
				await backoff(attempt);
				continue;
			}
			// Only the socket code goes on: n8n's wrapped error carries the request, Authorization header included.
			throw toNetworkError(this.getNode(), method, path, outcome.networkCode, options.itemIndex);
		}

		const { response } = outcome;
		const { statusCode } = response;
		// A DELETE retried after a lost answer or a 5xx finds nothing: the first attempt did the deleting.
		if (statusCode === 404 && method === 'DELETE' && retriedAfterFailure) return { ...response, body: {} };
		if (statusCode < 400) {
			buckets.accepted(bucket);
			chatDirectory.learn(token, method, path, options.body, response.body);
			return response;
		}

		if (statusCode === 429) {
			const waitMs = parseRetryAfter(response.headers['retry-after']) ?? backoffMs(attempt);
			// Remembered: later requests of this bucket wait (or, above the cap, fail without being sent).
			buckets.refused(bucket, limitClass, waitMs, RETRY_AFTER_CAP_MS, sentAt);
			if (waitMs > RETRY_AFTER_CAP_MS) {
				throw toRetryAfterTooLongError(this.getNode(), method, path, waitMs, RETRY_AFTER_CAP_MS, options.itemIndex);
			}
			if (attempt < maxRetries) continue; // the slot comes after the pause
		} else if (attempt < maxRetries && mayRetry(method, { statusCode })) {
			retriedAfterFailure = true;
			await backoff(attempt);
			continue;
		}
		throw toNodeApiError(this.getNode(), { statusCode, body: response.body, method, path, scope, plan }, options.itemIndex);
	}
}
