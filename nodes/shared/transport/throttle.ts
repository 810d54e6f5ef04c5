import { createHash } from 'crypto';

import type { Limit } from './bucket';
import { TokenBucket } from './bucket';
import { ProcessShare } from './share';
import type { LimitClass } from './routes';

/**
 * Pachca's documented limits (api-limits.mdx) read conservatively, per token; message writes per chat.
 * The docs allow writes "~4/s, short bursts up to 30/s for 5 s": we assume 4/s with a bucket of 20.
 */
export const LIMITS: Record<LimitClass, Limit> = {
	messageWrite: { burst: 20, perSecond: 4 },
	messageRead: { burst: 10, perSecond: 10 },
	eventsRead: { burst: 5, perSecond: 2.5 },
	default: { burst: 50, perSecond: 50 },
};

/** Buckets kept at most; idle ones go first, then the least recently used. */
const MAX_BUCKETS = 10_000;
/** A bucket untouched this long is forgotten even if it was slowed down by a 429. */
const FORGET_AFTER_MS = 10 * 60_000;

export type Clock = () => number;

/** What a request must do before it is sent: wait until `at`, or not be sent at all (`blockedFor`). */
export type Slot = { at: number } | { blockedFor: number };

/** The pacing state of one process: buckets by key, and tokens told to stay away for a long time. */
export class BucketTable {
	private readonly buckets = new Map<string, TokenBucket>();

	/** token id → moment a Retry-After longer than the cap ends: the whole token waits */
	private readonly blockedTokens = new Map<string, number>();

	/** token id → how many n8n processes send with that token (queue mode): each gets its share */
	private readonly shares = new Map<string, number>();

	/** `token:class` → what this process borrows of the other processes' shares */
	private readonly borrowed = new Map<string, ProcessShare>();

	constructor(
		readonly now: Clock = Date.now,
		private readonly limits: Record<LimitClass, Limit> = LIMITS,
		private readonly maxBuckets = MAX_BUCKETS,
	) {}

	get size(): number {
		return this.buckets.size;
	}

	bucket(key: string, limitClass: LimitClass): TokenBucket {
		let bucket = this.buckets.get(key);
		if (bucket) {
			this.buckets.delete(key); // re-inserted below: the Map's order is least recently used first
		} else {
			const processes = this.shares.get(tokenOf(key)) ?? 1;
			bucket = new TokenBucket(shareOf(this.limits[limitClass], processes), this.borrowing(key, limitClass, processes));
			if (this.buckets.size >= this.maxBuckets) this.evict();
		}
		this.buckets.set(key, bucket);
		return bucket;
	}

	/** One multiplier for all buckets of a token and class: borrowing is learned per token, not per chat. */
	private borrowing(key: string, limitClass: LimitClass, processes: number): ProcessShare | undefined {
		if (processes <= 1) return undefined;
		const id = `${tokenOf(key)}:${limitClass}`;
		let share = this.borrowed.get(id);
		if (!share) {
			if (this.borrowed.size >= this.maxBuckets) this.borrowed.clear(); // tokens × 4 classes: never near this
			share = new ProcessShare(processes, this.now());
			this.borrowed.set(id, share);
		}
		return share;
	}

	/**
	 * This token is used by `processes` n8n processes at once (the credential says so): its buckets
	 * get that share of each limit. The token id already includes the number, so buckets never mix.
	 */
	shareToken(token: string, processes: number): void {
		if (processes <= 1 || this.shares.get(token) === processes) return;
		if (this.shares.size >= this.maxBuckets) this.shares.clear(); // tokens, not chats: never near this
		this.shares.set(token, processes);
	}

	/** The slot for one request, or how long its token is still blocked when that is over `capMs`. */
	reserve(key: string, limitClass: LimitClass, capMs: number): Slot {
		const now = this.now();
		const blockedUntil = this.blockedTokens.get(tokenOf(key)) ?? 0;
		if (blockedUntil - now > capMs) return { blockedFor: blockedUntil - now };
		const bucket = this.bucket(key, limitClass);
		if (bucket.pausedUntil - now > capMs) return { blockedFor: bucket.pausedUntil - now };
		return { at: bucket.reserve(now, blockedUntil) };
	}

	/** The slot handed out at `at` will not be used: it goes back to the bucket. */
	release(key: string, at: number): void {
		this.buckets.get(key)?.release(at, this.now());
	}

	/**
	 * A 429 for a request sent at `sentAt`: this bucket waits and slows down (once per congestion
	 * event); a wait above the cap keeps the whole token away.
	 */
	refused(key: string, limitClass: LimitClass, waitMs: number, capMs: number, sentAt?: number): void {
		const now = this.now();
		this.bucket(key, limitClass).refused(now, waitMs, sentAt ?? now);
		if (waitMs > capMs) {
			const token = tokenOf(key);
			this.blockedTokens.set(token, Math.max(this.blockedTokens.get(token) ?? 0, now + waitMs));
		}
	}

	/** The request of this bucket leaves now; returns the moment, for `refused`. */
	sent(key: string): number {
		const now = this.now();
		this.buckets.get(key)?.sent(now);
		return now;
	}

	accepted(key: string): void {
		this.buckets.get(key)?.accepted(this.now());
	}

	/** Still paused (by a 429 that arrived while this request waited for its slot)? */
	pausedFor(key: string): number {
		const bucket = this.buckets.get(key);
		return bucket ? Math.max(0, bucket.pausedUntil - this.now()) : 0;
	}

	/** Drops buckets that are full again or long unused; if that is not enough, the least recently used. */
	evict(): void {
		const now = this.now();
		for (const [key, bucket] of this.buckets) {
			if (bucket.isIdle(now) || (now - bucket.lastUsed > FORGET_AFTER_MS && bucket.pausedUntil <= now)) {
				this.buckets.delete(key);
			}
		}
		for (const [token, until] of this.blockedTokens) if (until <= now) this.blockedTokens.delete(token);
		// Still full: the least recently used go, a bucket that is paused by a 429 last.
		while (this.buckets.size >= this.maxBuckets) {
			let victim = this.buckets.keys().next().value as string;
			for (const [key, bucket] of this.buckets) {
				if (bucket.pausedUntil <= now) {
					victim = key;
					break;
				}
			}
			this.buckets.delete(victim);
		}
	}
}

/** One process's share of a limit: the rate divided, the burst too (at least one request). */
function shareOf(limit: Limit, processes: number): Limit {
	if (processes <= 1) return limit;
	return { burst: Math.max(1, Math.floor(limit.burst / processes)), perSecond: limit.perSecond / processes };
}

/** Keys start with the token id: `tokenId:class:scope`. */
const tokenOf = (key: string) => key.slice(0, key.indexOf(':'));

export function tokenId(baseUrl: string, token: string, processes = 1): string {
	// Hash: the raw token must never sit in memory structures that could be dumped or logged.
	const id = createHash('sha256').update(`${baseUrl}\n${token}`).digest('hex').slice(0, 24);
	return processes > 1 ? `${id}~${processes}` : id;
}

export function bucketKey(token: string, limitClass: LimitClass, scope = ''): string {
	return `${token}:${limitClass}:${scope}`;
}

// One process-wide table, so parallel executions sharing a token share its budget.
export const buckets = new BucketTable();
