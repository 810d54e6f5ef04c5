import type { PachcaContext, RequestOptions } from '../transport';
import { MAX_PAGE_SIZE, pachcaApiRequest, pachcaApiRequestAllItems } from '../transport';
import type { HistoryEvent } from './events';
import { compareEventIds, sortOldestFirst } from './events';
import { LIST_EVENTS } from './routes';

/** The order the pages came in so far, judged from the IDs themselves. */
export type ListDirection = 'newestFirst' | 'oldestFirst' | 'mixed' | 'unknown';

export interface ReadHistoryOptions extends Pick<RequestOptions, 'itemIndex' | 'gate'> {
	/** a `next_page` cursor of an earlier read to continue from (none: the start of the list) */
	startCursor?: string;
	/**
	 * Called after each page; true stops reading before the last page. It gets the page, the direction
	 * seen so far, the number of events read and the cursor of the next page (undefined after the last):
	 * a caller may stop only where the direction makes it safe.
	 */
	stopAfter?: (page: HistoryEvent[], direction: ListDirection, read: number, nextCursor: string | undefined) => boolean;
}

export interface HistoryRead {
	/** every event read, oldest first (sorted by ID: the API promises no order) */
	events: HistoryEvent[];
	direction: ListDirection;
	requests: number;
}

class DirectionTracker {
	private last: string | undefined;

	private up = false;

	private down = false;

	see(page: HistoryEvent[]): ListDirection {
		for (const event of page) {
			if (this.last !== undefined) {
				const order = compareEventIds(this.last, event.id);
				if (order < 0) this.up = true;
				if (order > 0) this.down = true;
			}
			this.last = event.id;
		}
		if (this.up && this.down) return 'mixed';
		return this.down ? 'newestFirst' : this.up ? 'oldestFirst' : 'unknown';
	}
}

/**
 * Reads the bot's event history (GET /webhooks/events) in pages of 50, paced by the transport under
 * the events-read limit. Only `limit` and `cursor` are sent: the spec defines no sort or order.
 */
export async function readEventHistory(this: PachcaContext, options: ReadHistoryOptions = {}): Promise<HistoryRead> {
	const tracker = new DirectionTracker();
	let direction: ListDirection = 'unknown';
	let requests = 0;
	const events = (await pachcaApiRequestAllItems.call(this, LIST_EVENTS, {
		itemIndex: options.itemIndex,
		gate: options.gate,
		startCursor: options.startCursor,
		onPage: (page, read, nextCursor) => {
			requests++;
			direction = tracker.see(page as unknown as HistoryEvent[]);
			return options.stopAfter?.(page as unknown as HistoryEvent[], direction, read, nextCursor);
		},
	})) as unknown as HistoryEvent[];
	return { events: sortOldestFirst(events), direction, requests };
}

/**
 * The `count` newest events, oldest first. Reading stops early once the pages are known to run
 * newest first; in any other order the whole history is read, since the newest may come last.
 */
export async function readNewestEvents(
	this: PachcaContext,
	count: number,
	item: Pick<RequestOptions, 'itemIndex' | 'gate'> = {},
): Promise<HistoryEvent[]> {
	const { events } = await readEventHistory.call(this, {
		...item,
		stopAfter: (_page, direction, read) => direction === 'newestFirst' && read >= count,
	});
	return events.slice(Math.max(0, events.length - count));
}

/** One page of the history read by a cursor, with the way to the page before it (newer, when listed newest first). */
export interface HistoryPage {
	/** oldest first */
	events: HistoryEvent[];
	/** `prev_page`, when Pachca gave one and did not say there is nothing before */
	prevCursor?: string;
}

/** GET /webhooks/events for one page at `cursor` (a `next_page` or `prev_page` of an earlier read). */
export async function readHistoryPage(this: PachcaContext, cursor: string): Promise<HistoryPage> {
	const response = (await pachcaApiRequest.call(this, LIST_EVENTS, { qs: { limit: MAX_PAGE_SIZE, cursor } })) as {
		data?: unknown;
		meta?: { paginate?: { prev_page?: unknown; has_prev?: unknown } };
	};
	const events = Array.isArray(response.data) ? (response.data as HistoryEvent[]) : [];
	const paginate = response.meta?.paginate;
	const prev = typeof paginate?.prev_page === 'string' && paginate.prev_page !== '' ? paginate.prev_page : undefined;
	return { events: sortOldestFirst(events), prevCursor: paginate?.has_prev === false ? undefined : prev };
}
