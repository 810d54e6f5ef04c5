/** A documented limit: the bucket holds `burst` requests and refills at `perSecond`. */
export interface Limit {
	burst: number;
	perSecond: number;
}

// After a 429 the rate drops to this share of what it was, never below MIN_SHARE of the documented rate,
// and climbs back by RECOVERY_STEP of the documented rate per accepted request: a server stricter than
// the docs costs a few 429s, then the rate settles just under what it really allows.
const DECREASE = 0.7;
const MIN_SHARE = 0.1;
const RECOVERY_STEP = 0.0025;
// One request of every bucket is kept spare: Pachca counts arrivals, we count sends, and the gap between
// the two varies (a slow first connection shifts the server's count against ours). Costs one request once.
const SPARE = 1;

/**
 * One token bucket (token × limit class × chat), computed as GCRA: `tat` is the moment the bucket will
 * be full again. Pure: every method takes the current time, so schedules can be tested with any clock.
 */
export class TokenBucket {
	/** current sustained rate, requests per ms: the documented one until Pachca says otherwise */
	private rate: number;

	private tat = 0;

	/** Retry-After: nothing is sent before this moment */
	pausedUntil = 0;

	/** last time a slot was handed out or an answer recorded: idle buckets are evicted */
	lastUsed = 0;

	constructor(private readonly limit: Limit) {
		this.rate = limit.perSecond / 1000;
	}

	get perSecond(): number {
		return this.rate * 1000;
	}

	private get interval(): number {
		return 1 / this.rate;
	}

	/** how far ahead of now the bucket may be booked: the burst, less the spare request */
	private get tolerance(): number {
		return Math.max(0, this.limit.burst - 1 - SPARE) * this.interval;
	}

	/** Hands out the earliest moment a request may be sent without exceeding the bucket. */
	reserve(now: number): number {
		const slot = Math.max(now, this.tat - this.tolerance, this.pausedUntil);
		this.tat = Math.max(this.tat, slot) + this.interval;
		this.lastUsed = Math.max(now, slot);
		return slot;
	}

	/**
	 * The request reserved earlier actually left at `at` (it may have waited for a free connection):
	 * Pachca counts it from then, so the bucket does too, and later slots cannot bunch up behind it.
	 */
	sent(at: number): void {
		this.tat = Math.max(this.tat, at + this.interval);
	}

	/** Pachca refused a request: wait as told, start again from an empty bucket, and slow down. */
	refused(now: number, waitMs: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, now + waitMs);
		this.rate = Math.max((this.limit.perSecond / 1000) * MIN_SHARE, this.rate * DECREASE);
		this.tat = Math.max(this.tat, this.pausedUntil + this.tolerance);
		this.lastUsed = now;
	}

	/** Pachca accepted a request: creep back towards the documented rate, never above it. */
	accepted(now: number): void {
		const documented = this.limit.perSecond / 1000;
		this.rate = Math.min(documented, this.rate + documented * RECOVERY_STEP);
		this.lastUsed = Math.max(this.lastUsed, now);
	}

	/** Full, not paused and at the documented rate: dropping it changes nothing. */
	isIdle(now: number): boolean {
		return this.tat <= now && this.pausedUntil <= now && this.rate >= this.limit.perSecond / 1000;
	}
}
