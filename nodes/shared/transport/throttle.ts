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

/** One request counted against a window: its send time, then the time its answer came back. */
interface Entry {
	at: number;
}

/** Sliding-window pacing state for one token, limit class (and chat, for message writes). */
class Bucket {
	/** the newest requests, at most `requests` of them */
	private entries: Entry[] = [];

	private pausedUntil = 0;

	constructor(private readonly window: Window) {}

	/** Reserves the earliest send time that keeps the window within its limit. */
	reserve(now: number): Entry {
		const period = this.window.periodMs * SAFETY_MARGIN;
		const { requests } = this.window;
		let slot = Math.max(now, this.pausedUntil);
		if (this.entries.length >= requests) {
			const times = this.entries.map((e) => e.at).sort((a, b) => a - b);
			slot = Math.max(slot, times[times.length - requests] + period);
		}
		const entry = { at: slot };
		this.entries.push(entry);
		if (this.entries.length > requests) {
			this.entries.sort((a, b) => a.at - b.at).splice(0, this.entries.length - requests);
		}
		return entry;
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

/**
 * Waits until a request of this class may be sent without exceeding Pachca's limit. Call the
 * returned function when the answer arrives: Pachca counted the request at some moment before
 * that, so later requests are spaced from the answer, whatever the delays on the way there.
 */
export async function waitForSlot(key: string, limitClass: LimitClass): Promise<() => void> {
	const now = Date.now();
	const entry = bucketFor(key, limitClass).reserve(now);
	if (entry.at > now) await sleep(entry.at - now);
	return () => {
		entry.at = Math.max(entry.at, Date.now());
	};
}

export function pauseBucket(key: string, limitClass: LimitClass, ms: number): void {
	bucketFor(key, limitClass).pause(Date.now() + ms);
}
