import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { DedupeCache } from '../shared/webhookSecurity';
import { dedupeCacheFor, verifyWebhook } from '../shared/webhookSecurity';
import type { TriggerConfig } from './config';
import { readTriggerConfig } from './config';
import { eventItem, fullMessageOf, passesFilters } from '../shared/events';

interface ExpressLikeResponse {
	status(code: number): ExpressLikeResponse;
	json(body: unknown): unknown;
}

interface RequestLike {
	rawBody?: unknown;
	headers?: Record<string, string | string[] | undefined>;
	socket?: { remoteAddress?: string };
}

/**
 * Answers the request here and tells n8n not to: with no workflowData, n8n starts no execution.
 * (`webhookResponse` alone could not set the status code: n8n uses the node's response code.)
 */
function answerWithoutRun(ctx: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	(ctx.getResponseObject() as unknown as ExpressLikeResponse).status(status).json(body);
	return { noWebhookResponse: true };
}

async function emit(
	ctx: IWebhookFunctions,
	config: TriggerConfig,
	payload: Record<string, unknown>,
	forget: () => void,
): Promise<IWebhookResponseData> {
	let extra: IDataObject = {};
	if (config.fetchFullMessage) {
		let fetched = false;
		try {
			extra = await fullMessageOf(ctx, payload);
			fetched = true;
		} finally {
			// Not processed (the NodeApiError goes on to n8n): let Pachca's retry past the duplicate check.
			if (!fetched) forget();
		}
	}
	return { workflowData: [[{ json: eventItem(payload, extra) }]] };
}

/** The Pachca Trigger's webhook: every security check, then the user's filters, then one item. */
export async function receiveWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const config = await readTriggerConfig.call(this);
	const request = this.getRequestObject() as unknown as RequestLike;
	const rawBody = Buffer.isBuffer(request.rawBody) ? request.rawBody : Buffer.alloc(0);
	let dedupe: DedupeCache | undefined;
	if (config.deduplicate) dedupe = dedupeCacheFor(String(this.getWorkflow().id ?? ''), this.getNode().id);

	const verdict = verifyWebhook(
		{ rawBody, headers: request.headers ?? {}, remoteAddress: request.socket?.remoteAddress },
		{ ...config, dedupe },
		Date.now(),
	);
	if (!verdict.ok) {
		return answerWithoutRun(this, verdict.status, 'duplicate' in verdict ? { status: 'duplicate' } : { error: verdict.reason });
	}
	if (!passesFilters(verdict.payload, config.filters)) {
		return answerWithoutRun(this, 200, { status: 'ignored' });
	}
	const { fingerprint } = verdict;
	return await emit(this, config, verdict.payload, () => {
		if (fingerprint !== undefined) dedupe?.forget(fingerprint);
	});
}
