import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { toNetworkError, toNodeApiError, toRetryAfterTooLongError } from './errors';
import { backoffMs, MAX_RETRIES, mayRetry, parseRetryAfter, RETRY_AFTER_CAP_MS } from './retry';
import { describeRoute } from './routes';
import { bucketKey, pauseBucket, waitForSlot } from './throttle';

export type PachcaContext =
	| IExecuteFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions
	| ILoadOptionsFunctions;

export interface RequestOptions {
	body?: IDataObject | IDataObject[];
	qs?: IDataObject;
	/** item being processed, so errors point at it */
	itemIndex?: number;
	/** message writes are limited per chat: the entity they go to, when known */
	chatKey?: string | number;
	/** retries after the first attempt (default MAX_RETRIES); a tight budget inside a webhook request */
	maxRetries?: number;
	/** per-attempt timeout (default 60 s) */
	timeoutMs?: number;
}

interface FullResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

const REQUEST_TIMEOUT_MS = 60_000;

export function normaliseBaseUrl(baseUrl: unknown): string {
	return String(baseUrl ?? '').trim().replace(/\/+$/, '');
}

function networkCodeOf(error: unknown): string | undefined {
	// n8n wraps the transport error; the socket code sits on the error or its cause.
	const candidates = [error, (error as { cause?: unknown })?.cause];
	for (const candidate of candidates) {
		const code = (candidate as { code?: unknown })?.code;
		if (typeof code === 'string' && /^E[A-Z]+/.test(code)) return code;
	}
	return undefined;
}

/**
 * The one way this package talks to Pachca: paced under the documented limits, retried where safe,
 * errors mapped to readable NodeApiErrors. Returns the parsed body (`{}` for 204).
 */
export async function pachcaApiRequest(
	this: PachcaContext,
	method: IHttpRequestMethods,
	path: string,
	options: RequestOptions = {},
): Promise<IDataObject> {
	const credentials = await this.getCredentials<{ baseUrl: string; accessToken: string }>('pachcaApi');
	const baseUrl = normaliseBaseUrl(credentials.baseUrl);
	const route = describeRoute(method, path);
	const key = bucketKey(
		baseUrl,
		String(credentials.accessToken),
		route.limitClass,
		route.limitClass === 'messageWrite' ? String(options.chatKey ?? '') : '',
	);
	const request: IHttpRequestOptions = {
		method,
		url: `${baseUrl}${path}`,
		qs: options.qs,
		body: options.body,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// A hung connection must not hold the execution forever; a timed-out POST is not retried.
		timeout: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
	};
	const maxRetries = options.maxRetries ?? MAX_RETRIES;
	let retriedAfterFailure = false;

	for (let attempt = 0; ; attempt++) {
		const answered = await waitForSlot(key, route.limitClass);
		// A copy per attempt: n8n adds the auth header to the options it is given.
		const outcome = await this.helpers.httpRequestWithAuthentication
			.call(this, 'pachcaApi', { ...request })
			.then(
				(response) => ({ response: response as FullResponse }),
				(error: unknown) => ({ networkCode: networkCodeOf(error) }),
			);
		answered();
		if (!('response' in outcome)) {
			if (attempt < maxRetries && mayRetry(method, outcome)) {
				retriedAfterFailure = true;
				await sleep(backoffMs(attempt));
				continue;
			}
			// Only the socket code goes on: n8n's wrapped error carries the request, Authorization header included.
			throw toNetworkError(this.getNode(), method, path, outcome.networkCode, options.itemIndex);
		}

		const { response } = outcome;
		const { statusCode } = response;
		// A DELETE retried after a lost answer or a 5xx finds nothing: the first attempt did the deleting.
		if (statusCode === 404 && method === 'DELETE' && retriedAfterFailure) return {};
		if (statusCode < 400) {
			// 204 (delete, pin) has no body
			return (response.body === undefined || response.body === '' ? {} : response.body) as IDataObject;
		}

		let waitMs: number | undefined;
		if (statusCode === 429) {
			waitMs = parseRetryAfter(response.headers['retry-after']) ?? backoffMs(attempt);
			if (waitMs > RETRY_AFTER_CAP_MS) {
				throw toRetryAfterTooLongError(this.getNode(), method, path, waitMs, RETRY_AFTER_CAP_MS, options.itemIndex);
			}
			pauseBucket(key, route.limitClass, waitMs);
		}
		if (attempt < maxRetries && mayRetry(method, { statusCode })) {
			if (statusCode !== 429) retriedAfterFailure = true;
			await sleep(waitMs ?? backoffMs(attempt));
			continue;
		}
		throw toNodeApiError(
			this.getNode(),
			{ statusCode, body: response.body, method, path, scope: route.scope },
			options.itemIndex,
		);
	}
}
