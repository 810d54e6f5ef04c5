import { sleep } from 'n8n-workflow';

/**
 * Callbacks waiting for each signal's abort, behind one listener per signal: an AbortSignal scans its
 * listener list on every add and remove (n8n's request helper adds one per request), so a thousand
 * items waiting on one execution's signal must not be a thousand listeners.
 */
const onAbort = new WeakMap<AbortSignal, Set<() => void>>();

function watchAbort(signal: AbortSignal, callback: () => void): () => void {
	let callbacks = onAbort.get(signal);
	if (!callbacks) {
		const waiting = new Set<() => void>();
		signal.addEventListener('abort', () => waiting.forEach((call) => call()), { once: true });
		onAbort.set(signal, (callbacks = waiting));
	}
	callbacks.add(callback);
	const registered = callbacks;
	return () => registered.delete(callback);
}

/** Resolves when `promise` does, or rejects as soon as the execution is cancelled. */
export async function unlessCancelled<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
	if (!signal) return await promise;
	if (signal.aborted) throw cancelled(signal);
	let stopWatching = () => {};
	const aborted = new Promise<never>((_, reject) => {
		stopWatching = watchAbort(signal, () => reject(cancelled(signal)));
	});
	try {
		return await Promise.race([promise, aborted]);
	} finally {
		stopWatching();
	}
}

export const cancelled = (signal: AbortSignal): Error =>
	signal.reason instanceof Error ? signal.reason : new Error('The execution was cancelled');

/**
 * First come, first served queues, one per chat: a chat receives its writes in the order they were
 * queued, one at a time (requests sent at once could overtake each other on the wire). A target keeps
 * its lane while it has requests queued, even if its chat becomes known meanwhile.
 */
export class Lanes {
	private readonly tails = new Map<string, Promise<void>>();

	private readonly sticky = new Map<string, { lane: string; queued: number }>();

	/** Queues a request for `target`; `ready` resolves when the ones before it have left. */
	join(target: string, lane: string): { ready: Promise<void>; leave: () => void } {
		const stuck = this.sticky.get(target) ?? { lane, queued: 0 };
		stuck.queued++;
		this.sticky.set(target, stuck);
		const key = stuck.lane;
		const previous = this.tails.get(key) ?? Promise.resolve();
		let release = () => {};
		const done = new Promise<void>((resolve) => (release = resolve));
		const tail = previous.then(async () => await done);
		this.tails.set(key, tail);
		let left = false;
		return {
			ready: previous,
			leave: () => {
				if (left) return;
				left = true;
				release();
				if (--stuck.queued === 0) this.sticky.delete(target);
				void tail.then(() => {
					if (this.tails.get(key) === tail) this.tails.delete(key);
				});
			},
		};
	}

	get size(): number {
		return this.tails.size;
	}
}

export const lanes = new Lanes();

/** At most `max` holders at once; the others wait in arrival order. */
export class Semaphore {
	private active = 0;

	private readonly waiting: Array<() => void> = [];

	constructor(private readonly max: number) {}

	/**
	 * Resolves with this holder's release, or rejects once `signal` is aborted while waiting, then
	 * holding nothing: a turn handed over in the same moment as the cancel is passed on at once.
	 */
	async acquire(signal?: AbortSignal): Promise<() => void> {
		if (signal?.aborted) throw cancelled(signal);
		if (this.active < this.max) {
			this.active++;
		} else {
			let wake = () => {};
			const turn = new Promise<void>((resolve) => (wake = resolve));
			this.waiting.push(wake);
			try {
				await unlessCancelled(turn, signal);
			} catch {
				const at = this.waiting.indexOf(wake);
				if (at >= 0) this.waiting.splice(at, 1);
				else this.release(); // the turn was ours already
				throw cancelled(signal as AbortSignal);
			}
			if (signal?.aborted) {
				this.release();
				throw cancelled(signal);
			}
		}
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.release();
		};
	}

	private release(): void {
		const next = this.waiting.shift();
		if (next) next(); // the turn passes on: `active` stays the same
		else this.active--;
	}
}

/** Longest run of item starts without letting the event loop send what is already queued. */
const PAUSE_EVERY_MS = 5;

/**
 * What the router shares with the transport for one execution: items reach the transport in item
 * order (item i starts only after item i-1 has queued its first request), and at most N requests
 * are open at once.
 */
export class ExecutionGate {
	private readonly arrived = new Set<number>();

	private readonly waiters = new Map<number, () => void>();

	private lastPause = Date.now();

	readonly requests: Semaphore;

	/** an item failed without Continue On Fail: later items send nothing more */
	private failedItem?: number;

	constructor(maxConcurrentRequests: number) {
		this.requests = new Semaphore(maxConcurrentRequests);
	}

	/** Item `index` has queued its first request, or finished. */
	arrive(index: number | undefined): void {
		if (index === undefined || this.arrived.has(index)) return;
		this.arrived.add(index);
		this.waiters.get(index)?.();
		this.waiters.delete(index);
	}

	/** Item `index` failed the node: items after it are not to send anything more. */
	stopAfter(index: number): void {
		this.failedItem = Math.min(this.failedItem ?? index, index);
	}

	stopped(index: number | undefined): boolean {
		return this.failedItem !== undefined && index !== undefined && index > this.failedItem;
	}

	/**
	 * Resolves once item `index` has arrived. Starting items is a chain of promises that never gives
	 * the event loop a turn: every few milliseconds it pauses, so requests already queued are sent
	 * while later items start (not only once the last of a thousand items has started).
	 */
	async arrival(index: number): Promise<void> {
		if (!this.arrived.has(index)) await new Promise<void>((resolve) => this.waiters.set(index, resolve));
		if (Date.now() - this.lastPause >= PAUSE_EVERY_MS) {
			await sleep(0);
			this.lastPause = Date.now();
		}
	}
}
