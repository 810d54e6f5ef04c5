import type { ProcessShare } from './share';

/** A documented limit: the bucket holds `burst` requests and refills at `perSecond`. */
export interface Limit {
	burst: number;
	perSecond: number;
}

// A 429 cuts the rate to this share of what it was (never below MIN_SHARE of the documented rate), once
// per congestion event: answers to requests sent before the cut do not cut again.
const DECREASE = 0.7;
const MIN_SHARE = 0.1;
// At a 429 the server's bucket is empty; it was empty at the previous 429 too (of this congestion event
// or the one before), so what it accepted in between is its real rate. Measured only over short spans: over a long one the server's bucket may have
// filled up and overflowed while we sent less, and the count says only how little we sent.
const MEASURE_MIN_MS = 1000;
const MEASURE_MAX_MS = 15_000;
// Below a measured limit the rate goes back to just under it, not far under: the pause already let the
// server's bucket refill.
const BELOW_MEASURED = 0.9;
// Recovery after a cut, with time (no 429 needed): the rate climbs additively back to the ceiling (the
// rate where the 429s came), one documented rate per APPROACH_MS, holds it for a while, then probes
// above it, faster and faster: PROBE_MS of probing add one documented rate.
const APPROACH_MS = 8000;
const PROBE_MS = 20_000;
// A measured ceiling, or cuts again and again at about the same rate (within SAME_RATE of it), is the
// server's limit: the hold before the next probe doubles each time, from HOLD_MS. At most MAX_HOLD_MS:
// a limit that comes back must be found within half a minute (hold, then probe to 90 % of the rate).
const SAME_RATE = 0.25;
const HOLD_MS = 4000;
const MAX_HOLD_MS = 12_000;
// One request of every bucket is kept spare: Pachca counts arrivals, we count sends, and the gap between
// the two varies (a slow first connection shifts the server's count against ours). Costs one request once.
const SPARE = 1;

/** The last congestion event: when the rate was cut, to what, and what it learned. */
interface Cut {
	at: number;
	to: number;
	/** the rate where the 429s came (measured, when it could be), requests per ms */
	ceiling: number;
	/** how long the rate stays at the ceiling before probing above it */
	holdMs: number;
	/** earlier cuts in a row at about this ceiling */
	repeats: number;
}

/**
 * One token bucket (token × limit class × chat), computed as GCRA: `tat` is the moment the bucket will
 * be full again. Pure: every method takes the current time, so schedules can be tested with any clock.
 */
export class TokenBucket {
	/** documented sustained rate, requests per ms */
	private readonly documented: number;

	/** the cut the rate is recovering from (none once back at the documented rate) */
	private cut?: Cut;

	/** the last congestion event, remembered after recovery: the next one compares with it */
	private lastCut?: Cut;

	/** the last 429 seen (of any congestion event): the server's bucket was empty then */
	private emptyAt?: number;

	/** requests accepted since `emptyAt` */
	private acceptedSinceEmpty = 0;

	private tat = 0;

	/** Retry-After: nothing is sent before this moment */
	pausedUntil = 0;

	/** last time a slot was handed out or an answer recorded: idle buckets are evicted */
	lastUsed = 0;

	/**
	 * `limit` is this process's share when several processes send with the token; `share` then lets it
	 * borrow what the others leave unused.
	 */
	constructor(
		private readonly limit: Limit,
		private readonly share?: ProcessShare,
	) {
		this.documented = limit.perSecond / 1000;
	}

	/** The sustained rate allowed at `now`, requests per second (what is borrowed from other processes included). */
	perSecondAt(now: number): number {
		return 1000 / this.interval(now);
	}

	private rateAt(now: number): number {
		if (!this.cut) return this.documented;
		const { at, to, ceiling, holdMs } = this.cut;
		const since = Math.max(0, now - at);
		const approachMs = ((ceiling - to) / this.documented) * APPROACH_MS;
		let rate: number;
		if (since < approachMs) rate = to + this.documented * (since / APPROACH_MS);
		else rate = ceiling + this.documented * (Math.max(0, since - approachMs - holdMs) / PROBE_MS) ** 2;
		if (rate < this.documented) return rate;
		this.cut = undefined; // recovered: back on the documented rate
		return this.documented;
	}

	private interval(now: number): number {
		return 1 / (this.rateAt(now) * (this.share?.at(now) ?? 1));
	}

	/**
	 * How far ahead of now the bucket may be booked: the documented burst, less the spare request, in
	 * time at the documented rate (a slowed bucket bursts fewer requests: a stricter server has a smaller
	 * bucket too).
	 */
	private get tolerance(): number {
		return Math.max(0, this.limit.burst - 1 - SPARE) / this.documented;
	}

	/**
	 * Hands out the earliest moment, not before `notBefore`, a request may be sent without exceeding
	 * the bucket. A wait imposed from outside (the whole token told to wait) ends like a Retry-After:
	 * from an empty bucket, so what was booked meanwhile leaves one by one, not all at once.
	 */
	reserve(now: number, notBefore = 0): number {
		if (notBefore > this.pausedUntil) this.pause(notBefore, now);
		const slot = Math.max(now, this.tat - this.tolerance, this.pausedUntil);
		this.tat = Math.max(this.tat, slot) + this.interval(slot);
		this.lastUsed = Math.max(now, slot);
		return slot;
	}

	/** A slot handed out at `slot` will not be used (deadline, cancel, pause): the next request may have it. */
	release(slot: number, now: number): void {
		if (slot < now) return; // its moment has passed: nothing to give back
		this.tat = Math.max(now, this.tat - this.interval(slot));
	}

	/**
	 * The request reserved earlier actually left at `at` (it may have waited for a free connection):
	 * Pachca counts it from then, so the bucket does too, and later slots cannot bunch up behind it.
	 */
	sent(at: number): void {
		this.tat = Math.max(this.tat, at + this.interval(at));
	}

	/**
	 * Pachca refused a request sent at `sentAt`: wait as told, start again from an empty bucket, and
	 * slow down, unless the request left before the last cut (that cut already answered its congestion).
	 */
	refused(now: number, waitMs: number, sentAt = now): void {
		const gaveBack = this.share?.refused(now, sentAt) ?? false;
		if (!gaveBack && (!this.lastCut || sentAt >= this.lastCut.at)) this.cut = this.lastCut = this.nextCut(now);
		this.emptyAt = now;
		this.acceptedSinceEmpty = 0;
		this.pause(now + waitMs, now);
	}

	/** A new congestion event at `now`: the rate it cuts to, and the ceiling it remembers. */
	private nextCut(now: number): Cut {
		const rate = this.rateAt(now);
		const last = this.lastCut;
		const floor = this.documented * MIN_SHARE;
		const span = now - (this.emptyAt ?? now);
		const counted = span >= MEASURE_MIN_MS ? this.acceptedSinceEmpty / span : undefined;
		let ceiling = rate;
		let known = false;
		if (counted !== undefined && span <= MEASURE_MAX_MS) {
			ceiling = Math.min(rate, counted);
			known = true;
		} else if (counted !== undefined && last && rate > last.ceiling) {
			// A probe above the known limit ran into it: the limit is still there (or as high as the
			// server let us send since).
			ceiling = Math.min(rate, Math.max(last.ceiling, counted));
			known = true;
		}
		ceiling = Math.max(floor, ceiling); // nothing accepted in between: slow, but never stopped
		const same = last !== undefined && Math.abs(ceiling - last.ceiling) <= SAME_RATE * last.ceiling;
		const repeats = same && last ? last.repeats + 1 : known ? 1 : 0;
		return {
			at: now,
			to: Math.max(floor, known ? ceiling * BELOW_MEASURED : rate * DECREASE),
			ceiling,
			holdMs: Math.min(MAX_HOLD_MS, HOLD_MS * 2 ** repeats),
			repeats,
		};
	}

	private pause(until: number, now: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, until);
		this.tat = Math.max(this.tat, this.pausedUntil + this.tolerance);
		this.lastUsed = Math.max(this.lastUsed, now);
	}

	/** Pachca accepted a request. */
	accepted(now: number): void {
		this.acceptedSinceEmpty++;
		this.lastUsed = Math.max(this.lastUsed, now);
	}

	/** Full, not paused and at the documented rate: dropping it changes nothing. */
	isIdle(now: number): boolean {
		return this.tat <= now && this.pausedUntil <= now && this.rateAt(now) >= this.documented;
	}
}
