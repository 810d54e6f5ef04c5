import type { IPollFunctions } from 'n8n-workflow';

import type { HistoryEvent, ListDirection } from '../shared/history';
import { httpStatusOf, readEventHistory } from '../shared/history';
import { explainAccessError, READ_SCOPE } from './access';
import type { SeenState } from './state';
import type { WalkedPage } from './walkUp';
import { continueWalkUp, readWalkingUp, walkUpStart } from './walkUp';

/** The read may run until this share of the poll's budget is spent; the rest is for full messages and n8n. */
export const READ_BUDGET_SHARE = 2 / 3;

interface ReadPlan {
	/** the pages read from `state.resume` on hold events that are not all seen */
	events: HistoryEvent[];
	direction: ListDirection;
	/** the read stopped at the deadline with pages left: the cursor to go on from next poll */
	cutAt?: string;
	/** the cursor after the pages that hold only seen events, counted from the start of the read */
	afterSeenPages?: string;
	/** every page read, top to bottom, with its cursor */
	pages: WalkedPage[];
}

async function readUntil(ctx: IPollFunctions, state: SeenState, maxEvents: number, stopAt: number): Promise<ReadPlan> {
	const plan: Omit<ReadPlan, 'events' | 'direction'> = { afterSeenPages: state.resume, pages: [] };
	let onlySeenSoFar = true;
	let unseen = 0;
	let pages = 0;
	let pageCursor = state.resume;
	const { events, direction } = await readEventHistory.call(ctx, {
		startCursor: state.resume,
		stopAfter: (page, order, _read, next) => {
			pages++;
			plan.pages.push({ cursor: pageCursor, ids: page.map((event) => event.id) });
			const fresh = page.filter((event) => !state.isSeen(event.id)).length;
			unseen += fresh;
			onlySeenSoFar &&= fresh === 0;
			if (onlySeenSoFar && next !== undefined) plan.afterSeenPages = next;
			// Newest first: a page of seen events means every later page is seen too.
			if (order === 'newestFirst' && page.length > 0 && fresh === 0) return true;
			// Oldest first: later pages hold only newer events than the ones this poll may emit.
			if (order === 'oldestFirst' && unseen >= maxEvents) return true;
			// Newest first, the walk goes on from this page, not the next: should the next one hold only
			// seen events, this page holds the oldest unseen ones. So such a poll reads two pages at least.
			const cutAt = order === 'oldestFirst' ? next : order === 'newestFirst' && pages >= 2 ? pageCursor : undefined;
			pageCursor = next;
			if (cutAt !== undefined && next !== undefined && Date.now() >= stopAt) plan.cutAt = cutAt;
			return plan.cutAt !== undefined;
		},
	});
	return { ...plan, events, direction };
}

export interface UnseenRead {
	/** the unseen events this poll may emit, oldest first */
	events: HistoryEvent[];
	/** sets where the next poll reads on; called once the poll marked the events it handled seen */
	settle(): void;
}

async function readOnce(ctx: IPollFunctions, state: SeenState, maxEvents: number, stopAt: number): Promise<UnseenRead> {
	if (state.walkUp) {
		const up = await readWalkingUp(ctx, state, maxEvents, stopAt);
		return { events: up.events, settle: () => continueWalkUp(up, state) };
	}
	const plan = await readUntil(ctx, state, maxEvents, stopAt);
	if (plan.cutAt !== undefined && plan.direction === 'newestFirst') {
		state.resume = plan.cutAt;
		return { events: [], settle: () => undefined };
	}
	const events = plan.events.filter((event) => !state.isSeen(event.id)).slice(0, maxEvents);
	if (plan.direction !== 'newestFirst') {
		state.resume = plan.cutAt !== undefined ? plan.afterSeenPages : undefined;
		return { events, settle: () => undefined };
	}
	// The walk down is over: what is left above goes out walking back up (see walkUp).
	return {
		events,
		settle: () => {
			state.resume = walkUpStart(plan.pages, state);
			state.walkUp = state.resume !== undefined;
		},
	};
}

/**
 * The unseen events this poll may emit, oldest first, read within the poll's time budget (`stopAt`).
 * A read that one poll cannot finish goes on at the next poll from a cursor kept in the state:
 * - oldest first: the events read so far are the oldest unseen ones, so they go out now; the next poll
 *   continues after the pages that held only seen events (nothing unseen is skipped);
 * - newest first: the oldest unseen events are on pages not read yet, so nothing goes out while the
 *   polls walk down (from the last page read) until they reach seen events or the end; that poll emits
 *   the oldest of its stretch, and the next ones walk back up by `prev_page` from the lowest page left,
 *   a batch each, so a backlog costs its pages about three times, not once per batch.
 * So the order stays oldest first and the seen state's high-water mark stays exact.
 */
export async function readUnseen(this: IPollFunctions, state: SeenState, maxEvents: number, stopAt: number): Promise<UnseenRead> {
	try {
		return await readOnce(this, state, maxEvents, stopAt);
	} catch (error) {
		const status = httpStatusOf(error);
		if (state.resume === undefined || (status !== 400 && status !== 404 && status !== 422)) {
			throw explainAccessError(this.getNode(), error, READ_SCOPE);
		}
		// Pachca no longer takes the kept cursor: start over from the top of the list.
		this.logger.warn(`Pachca Event History Trigger: the saved page cursor was refused (${status}); reading from the start`);
		state.resume = undefined;
		state.walkUp = false;
		return await readOnce(this, state, maxEvents, stopAt);
	}
}
