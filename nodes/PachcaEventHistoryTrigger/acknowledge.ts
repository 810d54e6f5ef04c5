import type { IPollFunctions } from 'n8n-workflow';

import { deleteHistoryEvent, httpStatusOf } from '../shared/history';
import { DELETE_SCOPE, explainAccessError } from './access';
import { pollBudgetMs } from './budget';

/**
 * Deletes the events emitted by earlier polls (whose static data n8n has saved by now) from the bot's
 * history. Returns the IDs still to delete: a failed delete is tried again on the next poll rather than
 * retried here, so a poll never sleeps through backoffs. A 404 means the event is gone already: done.
 */
export async function acknowledgePending(this: IPollFunctions, pending: string[]): Promise<string[]> {
	const left: string[] = [];
	if (pending.length === 0) return left;
	// n8n gives a poll a time budget: deletes get a third of it, the rest waits for the next poll.
	const stopAt = Date.now() + pollBudgetMs(this) / 3;
	for (const [index, id] of pending.entries()) {
		if (Date.now() > stopAt) {
			left.push(...pending.slice(index));
			break;
		}
		try {
			await deleteHistoryEvent.call(this, id, { maxRetries: 0 });
		} catch (error) {
			const status = httpStatusOf(error);
			if (status === 404) continue;
			if (status === 401 || status === 403) throw explainAccessError(this.getNode(), error, DELETE_SCOPE);
			left.push(id);
		}
	}
	return left;
}
