import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { withEventFiles } from '../shared/files';

interface RespondableLike {
	status(code: number): RespondableLike;
	end(): unknown;
}

/**
 * Download Files answers Pachca's request first and downloads afterwards, unlike Fetch Full Message,
 * which must finish before the answer (a failed fetch is a 503 that makes Pachca deliver the event
 * again). A file can take longer than Pachca waits for an answer, and a late answer would make Pachca
 * deliver the event again and again, each time downloading the files again. So the event is accepted
 * with the same empty 200 as without downloads (the message is already in hand), then the files go to
 * n8n's binary store, then n8n starts the execution: n8n starts a run for workflowData even when the
 * node answered the request itself (`noWebhookResponse`). A failed download is `files_error` on the
 * item, not a lost event. The price: should n8n stop during the downloads, Pachca will not resend the
 * event (the bot's event history still holds it when "Save event history" is on).
 */
export async function answerThenDownload(ctx: IWebhookFunctions, json: IDataObject): Promise<IWebhookResponseData> {
	(ctx.getResponseObject() as unknown as RespondableLike).status(200).end();
	return { noWebhookResponse: true, workflowData: [[await withEventFiles(ctx, json)]] };
}
