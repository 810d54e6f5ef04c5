import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** A click's trigger_id opens a form only within this time of the click (guides-forms-handling.mdx). */
export const TRIGGER_ID_LIFETIME_MS = 3000;

const HOW =
	'Put Form → Open right after the Pachca Trigger that received the button click, with nothing slow in between (Pachca accepts the trigger_id for 3 seconds after the click).';

function apiCodes(error: NodeApiError): string[] {
	const response = (error as unknown as { errorResponse?: { errors?: Array<{ code?: unknown }> } }).errorResponse;
	return (response?.errors ?? []).map((item) => String(item.code));
}

/**
 * Pachca's refusal of a stale trigger_id (410 / trigger_expired), an unknown one (trigger_not_found),
 * and a request that could not be sent inside the window (the transport's deadline), each as an error
 * that says what happened to the trigger_id. Anything else is returned unchanged.
 */
export function explainTriggerIdError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): unknown {
	if (!(error instanceof NodeApiError)) return error;
	const codes = apiCodes(error);
	const fail = (message: string) => new NodeOperationError(ctx.getNode(), message, { itemIndex, description: HOW });
	if (codes.includes('trigger_expired') || (error.httpCode === '410' && !codes.includes('trigger_not_found'))) {
		return fail('Trigger ID: the trigger_id expired: Pachca opens a form only within 3 seconds of the button click');
	}
	if (codes.includes('trigger_not_found')) {
		return fail("Trigger ID: Pachca does not know this trigger_id: use the trigger_id of a click on this bot's Data button");
	}
	if (error.httpCode === undefined || error.httpCode === null) {
		if (/did not finish within/.test(error.message)) {
			return fail('Trigger ID: the trigger_id expired before Pachca answered: the 3 seconds after the click ran out (rate limit or a slow network)');
		}
	}
	return error;
}
