// The types of a request to Pachca: what calls it (any n8n context that may send), what it may say.
import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import type { ExecutionGate } from './order';
import type { PathParams } from './routes';

export type PachcaContext =
	| IExecuteFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions
	| ILoadOptionsFunctions;

export interface RequestOptions {
	/** values for the route's {placeholders} */
	params?: PathParams;
	body?: IDataObject | IDataObject[];
	/** a multipart/form-data body instead of JSON (an avatar): sent as it is, with its Content-Type */
	multipart?: { contentType: string; body: Buffer };
	qs?: IDataObject;
	/** item being processed, so errors point at it */
	itemIndex?: number;
	/**
	 * The execution's request budget, handed down by the router through the operation: at most Max
	 * Concurrent Requests open, items reaching Pachca in item order, nothing sent after a failed item.
	 */
	gate?: ExecutionGate;
	/** message writes are limited per chat: the entity they go to, when known */
	chatKey?: string | number;
	/** retries after the first attempt (default MAX_RETRIES); a tight budget inside a webhook request */
	maxRetries?: number;
	/** per-attempt timeout (default 60 s) */
	timeoutMs?: number;
	/** the whole request, waits and retries included, gives up after this long (e.g. inside a webhook) */
	deadlineMs?: number;
	/**
	 * A step before this item's write to its chat (an upload, opening a thread): the router's next item
	 * waits until that write is queued, so it cannot overtake it in the chat.
	 */
	beforeChatWrite?: boolean;
}

/** Pachca's answer as n8n returns it with returnFullResponse. */
export interface FullResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}
