import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { decodeButtonData, looksLikeAnswerData } from './buttonData';
import { signClick } from './forwardedClick';
import { approvalKey } from './key';

/** Pachca waits for the trigger's answer: the waiting execution must answer within this. */
const FORWARD_TIMEOUT_MS = 8000;

/** How the trigger answers Pachca for an in-chat answer click; `settled` false: Pachca must retry. */
export interface ClickAnswer {
	status: number;
	body: IDataObject;
	settled: boolean;
}

const refused = (reason: string): ClickAnswer => ({ status: 200, body: { status: 'refused', reason }, settled: true });

/**
 * The resume URL from the button's data: the path n8n signed, on the origin this trigger is reached
 * at (n8n serves /webhook and /webhook-waiting from the same WEBHOOK_URL, in queue mode too).
 */
function resumeUrl(ctx: IWebhookFunctions, path: string, signature: string): string {
	const own = ctx.getNodeWebhookUrl('default');
	if (!own) throw new Error('n8n did not provide this trigger its webhook URL');
	const url = new URL(path, new URL(own).origin);
	url.searchParams.set('signature', signature);
	return url.toString();
}

/**
 * The Pachca Trigger's part of an in-chat answer: a button.click whose data is a Send and Wait answer
 * button is not a workflow event. Checked (the click was signed by Pachca, the data by this bot), it is
 * sent on, signed, to the execution that waits for it, and Pachca gets 200 (503 when n8n could not be
 * reached, so that Pachca delivers it again). Undefined for every other event.
 */
export async function answerClick(
	ctx: IWebhookFunctions,
	payload: Record<string, unknown>,
	pachcaSigned: boolean,
	nowMs: number,
): Promise<ClickAnswer | undefined> {
	if (payload.type !== 'button' || payload.event !== 'click' || !looksLikeAnswerData(payload.data)) return undefined;
	if (!pachcaSigned) {
		// Unsigned, anyone could claim to be an approver: the click must be proven to come from Pachca.
		ctx.logger.warn('Pachca Trigger: an approval click was refused: set the Webhook Signing Secret in the Pachca credential');
		return refused('approval clicks need the Webhook Signing Secret');
	}
	const key = await approvalKey(ctx);
	const data = decodeButtonData(key, payload.data);
	if (!data) {
		ctx.logger.warn(`Pachca Trigger: refused a click on message ${String(payload.message_id)}: its button data is not signed by this bot`);
		return refused('button data not signed by this bot');
	}
	const body = signClick(key, {
		message_id: Number(payload.message_id),
		user_id: Number(payload.user_id),
		decision: data.decision,
		trigger_id: String(payload.trigger_id ?? ''),
		received_at: nowMs,
	});
	let response: { statusCode: number; body: unknown };
	try {
		// Not the Pachca transport: this request goes to n8n itself, and must not carry the bot's token.
		response = (await ctx.helpers.httpRequest({
			method: 'POST',
			url: resumeUrl(ctx, data.path, data.signature),
			body,
			json: true,
			timeout: FORWARD_TIMEOUT_MS,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as { statusCode: number; body: unknown };
	} catch (error) {
		ctx.logger.warn(`Pachca Trigger: could not hand a click to the waiting execution: ${(error as Error).message}`);
		return { status: 503, body: { error: 'the waiting execution could not be reached' }, settled: false };
	}
	if (response.statusCode >= 500) return { status: 503, body: { error: `the waiting execution answered ${response.statusCode}` }, settled: false };
	const answer = response.body as IDataObject | undefined;
	// n8n's own answers: 401 for a bad signature, 404 for an execution it does not know, its
	// "no action required" page for one that has ended: the question is closed.
	if (response.statusCode >= 400 || typeof answer?.status !== 'string') return refused('the question is closed');
	return { status: 200, body: answer, settled: true };
}
