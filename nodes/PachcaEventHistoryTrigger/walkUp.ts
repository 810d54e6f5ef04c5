import type { IPollFunctions } from 'n8n-workflow';

import type { HistoryEvent } from '../shared/history';
import { readHistoryPage } from '../shared/history';
import type { SeenState } from './state';

/** A page of a read and the cursor it was read with (undefined: the top of the list). */
export interface WalkedPage {
	cursor: string | undefined;
	ids: string[];
}

const holdsUnseen = (page: WalkedPage, state: SeenState) => page.ids.some((id) => !state.isSeen(id));

/**
 * Where the walk back up a newest-first list starts once a read down reached the oldest unseen events
 * and the poll marked what it handled seen, so that the next batch does not cost a walk down from the
 * top again: the lowest page read (`pages` top to bottom) that still holds an unseen event (read again,
 * then up by `prev_page`); when every page is done and the read started below the top, the highest of
 * them (its `prev_page` leads on up). Undefined: nothing is left above; the next poll reads from the top.
 */
export function walkUpStart(pages: WalkedPage[], state: SeenState): string | undefined {
	const lowest = [...pages].reverse().find((page) => holdsUnseen(page, state));
	return lowest ? lowest.cursor : pages[0]?.cursor;
}

export interface UpwardRead {
	/** unseen events, oldest first */
	events: HistoryEvent[];
	/** the pages read, bottom to top */
	pages: WalkedPage[];
	/** the page above the last one read; undefined at the top, or when Pachca gives no `prev_page` */
	above: string | undefined;
}

/**
 * One poll of the walk back up a newest-first list: from `state.resume`, page after page by `prev_page`
 * (each one newer than the last), the unseen events oldest first, until `maxEvents`, the deadline or the
 * top.
 */
export async function readWalkingUp(ctx: IPollFunctions, state: SeenState, maxEvents: number, stopAt: number): Promise<UpwardRead> {
	const read: UpwardRead = { events: [], pages: [], above: state.resume };
	while (read.above !== undefined && read.events.length < maxEvents) {
		const page = await readHistoryPage.call(ctx, read.above);
		read.pages.push({ cursor: read.above, ids: page.events.map((event) => event.id) });
		const unseen = page.events.filter((event) => !state.isSeen(event.id));
		read.events.push(...unseen.slice(0, maxEvents - read.events.length));
		read.above = page.events.length > 0 ? page.prevCursor : undefined;
		if (Date.now() >= stopAt) break;
	}
	return read;
}

/**
 * After the poll marked what it handled seen: the walk goes on from the lowest page read that still
 * holds an unseen event (a page emitted in part, or held back by Fetch Full Message), else from the page
 * above the last one; at the top the walk is over and the next poll reads from the top as usual.
 */
export function continueWalkUp(read: UpwardRead, state: SeenState): void {
	const lowest = read.pages.find((page) => holdsUnseen(page, state));
	state.resume = lowest ? lowest.cursor : read.above;
	state.walkUp = state.resume !== undefined;
}
