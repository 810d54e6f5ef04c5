import type { IDataObject } from 'n8n-workflow';

import { compareEventIds } from '../shared/history';

/** Recent IDs kept besides the high-water mark: a late event slightly older than the newest still counts as new. */
export const MAX_RECENT_IDS = 2000;

/** Acknowledgements kept for retry; beyond this the oldest are given up (the events stay in Pachca, already seen). */
export const MAX_PENDING_ACKS = 10_000;

interface StoredState {
	/** false until the first poll applied "On First Activation" */
	started: boolean;
	/** every event ID up to this one is seen; '' for none */
	floor: string;
	/** seen IDs above the floor, oldest first */
	recent: string[];
	/** emitted (or filtered out) events to delete from the history on the next poll */
	pending: string[];
	/** the event held back by a transient Fetch Full Message failure, and the polls it has failed in */
	held?: { id: string; attempts: number };
	/** where a read goes on that one poll could not finish (a page cursor; see readUnseen) */
	resume?: string;
	/** true: `resume` is a page of the walk back up a newest-first list (see walkUp), not of the walk down */
	walkUp?: true;
}

const KEY = 'eventHistory';

function stringList(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * What the trigger remembers between polls, in the node's static data (saved by n8n after each poll
 * that returns). Bounded: a floor (high-water mark) and at most MAX_RECENT_IDS IDs above it. One Pachca
 * cursor is kept only while a read that one poll could not finish goes on; a refused one is dropped.
 */
export class SeenState {
	private constructor(
		public started: boolean,
		private floor: string,
		private readonly recent: Set<string>,
		public pending: string[],
		private held: { id: string; attempts: number } | undefined,
		public resume: string | undefined,
		public walkUp: boolean,
	) {}

	static load(staticData: IDataObject): SeenState {
		const stored = (staticData[KEY] ?? {}) as Partial<StoredState>;
		return new SeenState(
			stored.started === true,
			typeof stored.floor === 'string' ? stored.floor : '',
			new Set(stringList(stored.recent)),
			stringList(stored.pending),
			typeof stored.held?.id === 'string' && typeof stored.held.attempts === 'number' ? stored.held : undefined,
			typeof stored.resume === 'string' && stored.resume !== '' ? stored.resume : undefined,
			stored.walkUp === true,
		);
	}

	isSeen(id: string): boolean {
		return (this.floor !== '' && compareEventIds(id, this.floor) <= 0) || this.recent.has(id);
	}

	/** Every event ID up to this one counts as seen (the mark only rises). */
	markSeenUpTo(id: string): void {
		if (this.floor === '' || compareEventIds(id, this.floor) > 0) this.floor = id;
	}

	markSeen(id: string): void {
		this.recent.add(id);
	}

	/** Counts one more failed poll for the held event; returns how many it has failed in. */
	holdFor(id: string): number {
		this.held = { id, attempts: this.held?.id === id ? this.held.attempts + 1 : 1 };
		return this.held.attempts;
	}

	clearHeld(id: string): void {
		if (this.held?.id === id) this.held = undefined;
	}

	acknowledgeLater(id: string): void {
		this.pending.push(id);
	}

	/** Writes the state into the node's static data, trimmed to its bounds. */
	save(staticData: IDataObject): void {
		const recent = [...this.recent].sort(compareEventIds);
		const dropped = recent.splice(0, Math.max(0, recent.length - MAX_RECENT_IDS));
		// Events are emitted oldest first, so every unseen event is newer than the dropped ones.
		if (dropped.length > 0) this.markSeenUpTo(dropped[dropped.length - 1]);
		const state: StoredState = {
			started: this.started,
			floor: this.floor,
			recent: recent.filter((id) => !this.isSeenByFloor(id)),
			pending: this.pending.slice(-MAX_PENDING_ACKS),
			...(this.held ? { held: this.held } : {}),
			...(this.resume !== undefined ? { resume: this.resume, ...(this.walkUp ? { walkUp: true as const } : {}) } : {}),
		};
		staticData[KEY] = state as unknown as IDataObject;
	}

	private isSeenByFloor(id: string): boolean {
		return this.floor !== '' && compareEventIds(id, this.floor) <= 0;
	}
}
