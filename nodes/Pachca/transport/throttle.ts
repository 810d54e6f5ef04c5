import { createHash } from 'crypto';
import { sleep } from 'n8n-workflow';

import type { LimitClass } from './routes';

interface Window {
	requests: number;
	periodMs: number;
}

// Pachca's documented limits (api-limits.mdx), per token. Message writes count per chat.
const LIMITS: Record<LimitClass, Window> = {
	messageWrite: { requests: 4, periodMs: 1000 },
	messageRead: { requests: 10, periodMs: 1000 },
	eventsRead: { requests: 5, periodMs: 2000 },
	default: { requests: 50, periodMs: 1000 },
};

// Requests leave here but are counted on arrival at Pachca: a margin keeps jitter on the wire
// from squeezing two windows' worth of requests into one.
const SAFETY_MARGIN = 1.1;

/** Sliding-window pacing state for one token, limit class (and chat, for message writes). */
class Bucket {
	/** send times already handed out, ascending; only the last `requests` matter */
	private slots: number[] = [];

	private pausedUntil = 0;

	constructor(private readonly window: Window) {}

	/** Reserves the earliest send time that keeps the window within its limit. */
	reserve(now: number): number {
		const period = this.window.periodMs * SAFETY_MARGIN;
		const { requests } = this.window;
		let slot = Math.max(now, this.pausedUntil);
		if (this.slots.length >= requests) {
			slot = Math.max(slot, this.slots[this.slots.length - requests] + period);
		}
		this.slots.push(slot);
		if (this.slots.length > requests) this.slots.splice(0, this.slots.length - requests);
		return slot;
	}

	/** After a 429 every caller of this bucket waits, not just the one that was refused. */
	pause(until: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, until);
	}
}

// Module state: one process-wide table, so parallel executions sharing a token share its budget.
const buckets = new Map<string, Bucket>();

export function bucketKey(baseUrl: string, token: string, limitClass: LimitClass, scope = ''): string {
	// Hash: the raw token must never sit in memory structures that could be dumped or logged.
	const tokenId = createHash('sha256').update(`${baseUrl}\n${token}`).digest('hex').slice(0, 24);
	return `${tokenId}:${limitClass}:${scope}`;
}

function bucketFor(key: string, limitClass: LimitClass): Bucket {
	let bucket = buckets.get(key);
	if (!bucket) {
		bucket = new Bucket(LIMITS[limitClass]);
		buckets.set(key, bucket);
	}
	return bucket;
}

/** Waits until a request of this class may be sent without exceeding Pachca's limit. */
export async function waitForSlot(key: string, limitClass: LimitClass): Promise<void> {
	const now = Date.now();
	const delay = bucketFor(key, limitClass).reserve(now) - now;
	if (delay > 0) await sleep(delay);
}

export function pauseBucket(key: string, limitClass: LimitClass, ms: number): void {
	bucketFor(key, limitClass).pause(Date.now() + ms);
}
