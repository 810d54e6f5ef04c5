// Per-token sliding-window rate limits (api-limits.mdx). A request is accepted when, for every rule of
// its bucket, fewer than `max` accepted requests arrived in the last `windowMs` (minus a small grace
// for network jitter). Rejected requests are not counted, so a client that waits Retry-After seconds
// (or paces itself under the limit) is always accepted.

export type Bucket = 'messagesWrite' | 'messagesRead' | 'events' | 'other';

export interface WindowRule {
	windowMs: number;
	max: number;
}

/**
 * - messagesWrite (POST /messages, PUT and DELETE /messages/{id}), per token and chat: ~4 per second
 *   with short bursts: at most 6 in any 1 s and at most 12 in any 3 s (so 4/s sustained never trips it);
 * - messagesRead (GET /messages, GET /messages/{id}...): 10 per second;
 * - events (GET /webhooks/events): 5 per 2 seconds;
 * - other methods: 50 per second.
 */
export const RATE_LIMIT_RULES: Record<Bucket, WindowRule[]> = {
	messagesWrite: [
		{ windowMs: 1000, max: 6 },
		{ windowMs: 3000, max: 12 },
	],
	messagesRead: [{ windowMs: 1000, max: 10 }],
	events: [{ windowMs: 2000, max: 5 }],
	other: [{ windowMs: 1000, max: 50 }],
};

/** Requests this much older than a window are already out of it (tolerates client/server jitter). */
export const RATE_LIMIT_GRACE_MS = 20;

export type RateDecision = { ok: true } | { ok: false; retryAfterSec: number };

export class RateLimiter {
	private hits = new Map<string, number[]>();

	constructor(private readonly rules: Record<Bucket, WindowRule[]> = RATE_LIMIT_RULES) {}

	check(bucket: Bucket, key: string, now: number): RateDecision {
		const rules = this.rules[bucket];
		const id = `${bucket}|${key}`;
		const longest = Math.max(...rules.map((r) => r.windowMs));
		const list = (this.hits.get(id) ?? []).filter((t) => t > now - longest);
		let waitMs = 0;
		for (const rule of rules) {
			const inWindow = list.filter((t) => t > now - (rule.windowMs - RATE_LIMIT_GRACE_MS));
			if (inWindow.length >= rule.max) {
				// The request fits once enough of the oldest hits have left the window.
				const releasing = inWindow[inWindow.length - rule.max];
				waitMs = Math.max(waitMs, releasing + rule.windowMs - RATE_LIMIT_GRACE_MS - now);
			}
		}
		if (waitMs > 0) {
			this.hits.set(id, list);
			return { ok: false, retryAfterSec: Math.max(1, Math.ceil(waitMs / 1000)) };
		}
		list.push(now);
		this.hits.set(id, list);
		return { ok: true };
	}

	reset(): void {
		this.hits.clear();
	}
}
