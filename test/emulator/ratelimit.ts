// Per-token rate limits (api-limits.mdx) as token buckets: each bucket holds `burst` requests and refills
// at `perSecond`. A request is accepted when the bucket holds a whole request (with a little grace for
// jitter on the wire); refused requests are not counted, so a client that waits Retry-After seconds (or
// paces itself under the limit) is always accepted. Computed as GCRA (a theoretical arrival time per key).

export type Bucket = 'messagesWrite' | 'messagesRead' | 'events' | 'other';

export interface BucketRule {
	/** requests the bucket holds when full: a burst allowed after a quiet moment */
	burst: number;
	/** sustained refill rate */
	perSecond: number;
	/** answer every 429 with this Retry-After instead of the moment the bucket holds a request again */
	retryAfterSec?: number;
}

/**
 * The docs' numbers read conservatively (the same as the node's defaults):
 * - messagesWrite (POST /messages, PUT and DELETE /messages/{id}), per token and chat: 4/s, burst 20
 *   (the docs: "~4/s, short bursts up to 30/s for 5 s");
 * - messagesRead (GET /messages, GET /messages/{id}): 10/s, burst 10;
 * - events (GET /webhooks/events): 5 per 2 s, i.e. 2.5/s, burst 5;
 * - other methods: 50/s, burst 50.
 */
export const RATE_LIMIT_RULES: Record<Bucket, BucketRule> = {
	messagesWrite: { burst: 20, perSecond: 4 },
	messagesRead: { burst: 10, perSecond: 10 },
	events: { burst: 5, perSecond: 2.5 },
	other: { burst: 50, perSecond: 50 },
};

/** A server stricter than the docs (they say limits "depend on load"): message writes 3/s, burst 10. */
export const STRICT_RATE_LIMIT_RULES: Record<Bucket, BucketRule> = {
	...RATE_LIMIT_RULES,
	messagesWrite: { burst: 10, perSecond: 3 },
};

/** A request arriving this much early is still accepted (tolerates client/server jitter). */
export const RATE_LIMIT_GRACE_MS = 20;

export type RateDecision = { ok: true } | { ok: false; retryAfterSec: number };

export class RateLimiter {
	/** theoretical arrival time per bucket and key: when the bucket will be full again */
	private tat = new Map<string, number>();

	constructor(private rules: Record<Bucket, BucketRule> = RATE_LIMIT_RULES) {}

	check(bucket: Bucket, key: string, now: number): RateDecision {
		const { burst, perSecond, retryAfterSec } = this.rules[bucket];
		const id = `${bucket}|${key}`;
		const interval = 1000 / perSecond;
		const tolerance = (burst - 1) * interval;
		const tat = Math.max(this.tat.get(id) ?? now, now);
		const earliest = tat - tolerance - RATE_LIMIT_GRACE_MS;
		if (earliest > now) return { ok: false, retryAfterSec: retryAfterSec ?? Math.max(1, Math.ceil((earliest - now) / 1000)) };
		this.tat.set(id, tat + interval);
		return { ok: true };
	}

	/** Replaces the rules (e.g. a stricter server) and forgets the requests counted so far. */
	configure(rules: Record<Bucket, BucketRule>): void {
		this.rules = rules;
		this.reset();
	}

	/** Other limits from now on, the requests counted so far kept (a server whose limits change under load). */
	change(rules: Record<Bucket, BucketRule>): void {
		this.rules = rules;
	}

	reset(): void {
		this.tat.clear();
	}
}
