import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { answerClick } from '../shared/approvals';
import { eventItem, passesFilters } from '../shared/events';
import { downloadsFilesFor } from '../shared/files';
import type { WebhookVerdict } from '../shared/webhookSecurity';
import { dedupeCacheFor, dedupeTtlMs, verifyWebhook } from '../shared/webhookSecurity';
import { answerThenDownload } from './answerThenDownload';
import type { TriggerConfig } from './config';
import { readTriggerConfig } from './config';
import { fetchMessageWithinBudget, FETCH_RETRY_AFTER_SECONDS } from './fetchMessage';
import { FORM_ERRORS_STATUS, formErrorsBody } from '../shared/forms';
import { formErrorsOf, triggerAnswersItself } from './forms/submission';

interface ExpressLikeResponse {
	status(code: number): ExpressLikeResponse;
	setHeader(name: string, value: string): ExpressLikeResponse;
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
function answerWithoutRun(
	ctx: IWebhookFunctions,
	status: number,
	body: IDataObject,
	retryAfterSeconds?: number,
): IWebhookResponseData {
	const response = ctx.getResponseObject() as unknown as ExpressLikeResponse;
	if (retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(retryAfterSeconds));
	response.status(status).json(body);
	return { noWebhookResponse: true };
}

function answerRefusal(ctx: IWebhookFunctions, verdict: Exclude<WebhookVerdict, { ok: true }>): IWebhookResponseData {
	if ('duplicate' in verdict) return answerWithoutRun(ctx, 200, { status: 'duplicate' });
	if (verdict.status === 403) ctx.logger.warn(`Pachca Trigger: refused a request: ${verdict.reason}`);
	const retryAfter = 'retryAfterSeconds' in verdict ? verdict.retryAfterSeconds : undefined;
	return answerWithoutRun(ctx, verdict.status, { error: verdict.reason }, retryAfter);
}

/** The checked event: filtered, enriched, handed to n8n. `settled` is false when Pachca must retry it. */
async function handleEvent(
	ctx: IWebhookFunctions,
	config: TriggerConfig,
	payload: Record<string, unknown>,
): Promise<{ response: IWebhookResponseData; settled: boolean }> {
	// A click on a Send and Wait answer button goes to the execution that waits for it, not to this workflow.
	const click = await answerClick(ctx, payload, config.signingSecret !== '', Date.now());
	if (click) return { response: answerWithoutRun(ctx, click.status, click.body), settled: click.settled };
	if (!passesFilters(payload, config.filters)) {
		return { response: answerWithoutRun(ctx, 200, { status: 'ignored' }), settled: true };
	}
	// Form Validation answers at once; the form stays open and may come again, so it is not settled.
	const formErrors = formErrorsOf(payload, config.forms);
	if (formErrors) return { response: answerWithoutRun(ctx, FORM_ERRORS_STATUS, formErrorsBody(formErrors)), settled: false };
	let extra: IDataObject = {};
	const downloads = downloadsFilesFor(payload, config.downloadFiles);
	if (config.fetchFullMessage || downloads) {
		const fetched = await fetchMessageWithinBudget(ctx, payload);
		if (!fetched.ok) {
			// A 503 within seconds, not a 500 after a minute: Pachca's retry gets the event through later.
			ctx.logger.warn(`Pachca Trigger: ${fetched.reason}; answered 503 so that Pachca delivers the event again`);
			const body = { error: `Fetch Full Message failed: ${fetched.reason}` };
			return { response: answerWithoutRun(ctx, 503, body, FETCH_RETRY_AFTER_SECONDS), settled: false };
		}
		extra = fetched.extra;
	}
	if (downloads) return { response: await answerThenDownload(ctx, eventItem(payload, extra)), settled: true };
	const workflowData = [[{ json: eventItem(payload, extra) }]];
	// The workflow answers only submitted forms (response-node mode): any other event is answered here.
	if (triggerAnswersItself(payload, config.forms)) return { response: { ...answerWithoutRun(ctx, 200, {}), workflowData }, settled: true };
	return { response: { workflowData }, settled: true };
}

/** The Pachca Trigger's webhook: every security check, then the user's filters, then one item. */
export async function receiveWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const config = await readTriggerConfig.call(this);
	const request = this.getRequestObject() as unknown as RequestLike;
	const rawBody = Buffer.isBuffer(request.rawBody) ? request.rawBody : Buffer.alloc(0);
	const dedupe = config.deduplicate
		? dedupeCacheFor(String(this.getWorkflow().id ?? ''), this.getNode().id, dedupeTtlMs(config.replayWindowSeconds))
		: undefined;

	const verdict = verifyWebhook(
		{ rawBody, headers: request.headers ?? {}, remoteAddress: request.socket?.remoteAddress },
		{ ...config, dedupe },
		Date.now(),
	);
	if (!verdict.ok) return answerRefusal(this, verdict);

	// The event is "in progress" until n8n has it: done once workflowData is returned (n8n answers
	// 200 right after), forgotten when this attempt fails, so that Pachca's retry is not a duplicate.
	let settled = false;
	try {
		const handled = await handleEvent(this, config, verdict.payload);
		settled = handled.settled;
		return handled.response;
	} finally {
		if (verdict.fingerprint !== undefined) {
			if (settled) dedupe?.complete(verdict.fingerprint, Date.now());
			else dedupe?.forget(verdict.fingerprint);
		}
	}
}
