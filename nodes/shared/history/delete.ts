import type { PachcaContext, RequestOptions } from '../transport';
import { pachcaApiRequest } from '../transport';
import { DELETE_EVENT } from './routes';

/**
 * DELETE /webhooks/events/{id}. The transport paces it and counts a 404 after a retried failure as
 * done (the first attempt deleted the event); any other error goes to the caller.
 */
export async function deleteHistoryEvent(this: PachcaContext, id: string, options: RequestOptions = {}): Promise<void> {
	await pachcaApiRequest.call(this, DELETE_EVENT, { ...options, params: { id } });
}

/** The HTTP status of a failed request (NodeApiError keeps it as a string), if it had one. */
export function httpStatusOf(error: unknown): number | undefined {
	const code = Number((error as { httpCode?: unknown }).httpCode);
	return Number.isInteger(code) && code > 0 ? code : undefined;
}
