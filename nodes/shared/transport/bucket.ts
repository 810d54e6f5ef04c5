/** A documented limit: the bucket holds `burst` requests and refills at `perSecond`. */
export interface Limit {
	burst: number;
	perSecond: number;
}

// A 429 cuts the rate to this share of what it was (never below MIN_SHARE of the documented rate), once
// per congestion event: answers to requests sent before the cut do not cut again.
const DECREASE = 0.7;
const MIN_SHARE = 0.1;
// Recovery after a cut, with time (no 429 needed to learn that the server allows more again): in
// REGAIN_MS the rate climbs back to where the cut happened, slowing down as it nears it (that rate
// was too fast a moment ago), then it probes above it, faster and faster: PROBE_MS after regaining it
// is one documented rate higher, so a limit that came back is found again within half a minute.
const REGAIN_MS = 12_000;
const PROBE_MS = 20_000;
// One request of every bucket is kept spare: Pachca counts arrivals, we count sends, and the gap between
// the two varies (a slow first connection shifts the server's count against ours). Costs one request once.
const SPARE = 1;

/** The last congestion event: when the rate was cut, from what, to what. */
interface Cut {
	at: number;
	from: number;
	to: number;
}

/**
 * One token bucket (token × limit class × chat), computed as GCRA: `tat` is the moment the bucket will
 * be full again. Pure: every method takes the current time, so schedules can be tested with any clock.
 */
export class TokenBucket {
	/** documented sustained rate, requests per ms */
	private readonly documented: number;

	private cut?: Cut;

	private tat = 0;

	/** Retry-After: nothing is sent before this moment */
	pausedUntil = 0;

	/** last time a slot was handed out or an answer recorded: idle buckets are evicted */
	lastUsed = 0;

	constructor(private readonly limit: Limit) {
		this.documented = limit.perSecond / 1000;
	}

	/** The sustained rate allowed at `now`, requests per second. */
	perSecondAt(now: number): number {
		return this.rateAt(now) * 1000;
	}

	private rateAt(now: number): number {
		if (!this.cut) return this.documented;
		const { at, from, to } = this.cut;
		const since = Math.max(0, now - at);
		let rate: number;
		if (since < REGAIN_MS) rate = from - (from - to) * (1 - since / REGAIN_MS) ** 2;
		else rate = from + this.documented * ((since - REGAIN_MS) / PROBE_MS) ** 2;
		if (rate < this.documented) return rate;
		this.cut = undefined; // recovered: back on the documented rate
		return this.documented;
	}

	private interval(now: number): number {
		return 1 / this.rateAt(now);
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
		if (!this.cut || sentAt >= this.cut.at) {
			const rate = this.rateAt(now);
			this.cut = { at: now, from: rate, to: Math.max(this.documented * MIN_SHARE, rate * DECREASE) };
		}
		this.pause(now + waitMs, now);
	}

	private pause(until: number, now: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, until);
		this.tat = Math.max(this.tat, this.pausedUntil + this.tolerance);
		this.lastUsed = Math.max(this.lastUsed, now);
	}

	/** Pachca accepted a request. */
	accepted(now: number): void {
		this.lastUsed = Math.max(this.lastUsed, now);
	}

	/** Full, not paused and at the documented rate: dropping it changes nothing. */
	isIdle(now: number): boolean {
		return this.tat <= now && this.pausedUntil <= now && this.rateAt(now) >= this.documented;
	}
}
