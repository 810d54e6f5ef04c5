import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { httpStatusOf } from '../shared/history';

export const READ_SCOPE = 'webhooks:events:read';
export const DELETE_SCOPE = 'webhooks:events:delete';

/**
 * A 401 or 403 from the history, reworded to say what the trigger needs: the bot's own token with the
 * scope of the call that failed. Other errors pass unchanged.
 */
export function explainAccessError(node: INode, error: unknown, scope: string): unknown {
	const status = httpStatusOf(error);
	if (status !== 401 && status !== 403) return error;
	const refused = status === 401 ? 'rejected the token (401)' : 'refused access (403)';
	const what = scope === READ_SCOPE ? 'read the event history' : 'delete an event from the history';
	return new NodeApiError(node, { httpCode: String(status), message: (error as Error).message } as JsonObject, {
		message: `Pachca ${refused} when the trigger tried to ${what}: the token needs the scope ${scope}`,
		description:
			`Use the bot's own token (bot settings → API tab) with the scopes ${READ_SCOPE}` +
			` and, with Acknowledge Events on, ${DELETE_SCOPE}. A user token cannot read a bot's history. Pachca said: ${(error as Error).message}`,
		httpCode: String(status),
	});
}
