import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

// Not '../hints': its index reaches the token look-up, which sends through this transport.
import { statusHint } from '../hints/status';

interface ApiErrorItem {
	key?: string;
	value?: unknown;
	message?: string;
	code?: string;
}

export interface FailedResponse {
	statusCode: number;
	body: unknown;
	method: string;
	path: string;
	/** the scope the endpoint needs, for 403 hints */
	scope?: string;
	/** the plan the endpoint needs, for 402 hints */
	plan?: string;
}

function asObject(body: unknown): Record<string, unknown> | undefined {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
	if (typeof body === 'string') {
		try {
			const parsed: unknown = JSON.parse(body);
			return asObject(parsed);
		} catch {
			return undefined; // not JSON (an HTML error page): described by status below
		}
	}
	return undefined;
}

/** "content: Message text can't be blank; buttons: too many" — key and human message, never the value. */
function describeApiErrors(errors: ApiErrorItem[]): string {
	return errors
		.map((e) => [e.key, e.message ?? e.code].filter((part) => part !== undefined && part !== '').join(': '))
		.filter((text) => text !== '')
		.join('; ');
}

/** Turns a Pachca error response (ApiError, OAuthError or anything else) into a readable NodeApiError. */
export function toNodeApiError(node: INode, failed: FailedResponse, itemIndex?: number): NodeApiError {
	const body = asObject(failed.body);
	const errors = Array.isArray(body?.errors) ? (body.errors as ApiErrorItem[]) : undefined;
	const oauthCode = typeof body?.error === 'string' ? body.error : undefined;
	let detail: string;
	if (errors && errors.length > 0) {
		detail = describeApiErrors(errors);
	} else if (oauthCode) {
		const description = typeof body?.error_description === 'string' ? body.error_description : '';
		detail = description ? `${description} (${oauthCode})` : oauthCode;
	} else {
		detail = `unexpected ${typeof failed.body === 'string' && failed.body.trim().startsWith('<') ? 'HTML page' : 'response'} from Pachca`;
	}
	const message = `Pachca ${failed.method} ${failed.path} failed with ${failed.statusCode}: ${detail}`;
	const errorResponse: JsonObject = { httpCode: String(failed.statusCode), message: detail };
	if (errors) errorResponse.errors = errors.map(({ key, message: text, code }) => ({ key, message: text, code })) as JsonObject[];
	if (oauthCode) errorResponse.error = oauthCode;
	return new NodeApiError(node, errorResponse, {
		message,
		description: statusHint(failed.statusCode, failed.scope, oauthCode, failed.plan),
		httpCode: String(failed.statusCode),
		itemIndex,
	});
}

/** A request that never got an answer (refused, reset, timed out), without any request details. */
export function toNetworkError(
	node: INode,
	method: string,
	path: string,
	code: string | undefined,
	itemIndex?: number,
): NodeApiError {
	const what = code ?? 'network error';
	const error = new NodeApiError(
		node,
		{ message: what },
		{
			description: 'Check the Base URL in the Pachca credential and the network or proxy between n8n and Pachca.',
			itemIndex,
		},
	);
	// Set afterwards: NodeApiError replaces any message that mentions a socket code with generic text.
	error.message = `Pachca ${method} ${path} got no answer (${what})`;
	return error;
}

/** Pachca asked for a longer wait than this node will sleep through inside one execution. */
export function toRetryAfterTooLongError(
	node: INode,
	method: string,
	path: string,
	waitMs: number,
	capMs: number,
	itemIndex?: number,
): NodeApiError {
	return new NodeApiError(
		node,
		{ httpCode: '429', message: 'rate limited' },
		{
			message: `Pachca rate limit: ${method} ${path} may be retried only in ${Math.ceil(waitMs / 1000)} s, more than the ${capMs / 1000} s this node waits`,
			description: 'The token may be temporarily blocked for exceeding limits. Retry the workflow later.',
			httpCode: '429',
			itemIndex,
		},
	);
}

/** The request's time budget (RequestOptions.deadlineMs) ran out before Pachca answered it in full. */
export function toDeadlineError(node: INode, method: string, path: string, budgetMs: number, itemIndex?: number): NodeApiError {
	const error = new NodeApiError(
		node,
		{ message: 'out of time' },
		{ description: 'Pachca was slow or asked to wait; the request was given up to stay within its time budget.', itemIndex },
	);
	error.message = `Pachca ${method} ${path} did not finish within ${budgetMs / 1000} s`;
	return error;
}
