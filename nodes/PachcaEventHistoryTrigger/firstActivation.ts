import type { IPollFunctions } from 'n8n-workflow';

import { readEventHistory } from '../shared/history';
import { MAX_PAGE_SIZE } from '../shared/transport';
import type { SeenState } from './state';

/**
 * "Only New Events": the events stored before the activation count as seen, the ones stored after are
 * new, even when Pachca stores one late with an older time (and so an older ULID) than events already
 * there. The mark is not the newest ID: it is the oldest of the newest page, and that page's IDs are
 * remembered as seen, so a late event that falls inside it is unseen and goes out once.
 * Why one page and not a time margin behind the newest event: it costs one request at activation, as
 * before, and a few dozen IDs of state, while a time margin would mean reading (and remembering) every
 * event inside it, unbounded on a busy bot; and later polls, which stop at the first page of seen events,
 * find a late event only that far down anyway. When that page is the whole history there is no mark:
 * any event not in it is new, however old its time.
 */
export async function markBacklogSeen(ctx: IPollFunctions, state: SeenState): Promise<void> {
	let olderLeft = false;
	const { events } = await readEventHistory.call(ctx, {
		stopAfter: (_page, direction, read, next) => {
			olderLeft = next !== undefined;
			return direction === 'newestFirst' && read >= MAX_PAGE_SIZE;
		},
	});
	const newestPage = events.slice(-MAX_PAGE_SIZE);
	if (newestPage.length === 0) return;
	if (olderLeft || events.length > newestPage.length) state.markSeenUpTo(newestPage[0].id);
	for (const event of newestPage) state.markSeen(event.id);
}
