import { createHash } from 'crypto';

/**
 * Pachca delivers at least once, and a retry carries a new webhook_timestamp (so a new signature):
 * the same event is recognised by a hash of its payload without that field.
 */
export const DEDUPE_TTL_MS = 10 * 60 * 1000;
/**
 * The most events remembered at once per trigger (about 200 bytes each, some 20 MB at the cap): 10 minutes
 * at over 150 events a second. Beyond it the oldest handled events are forgotten before their window ends.
 */
export const DEDUPE_MAX_ENTRIES = 100_000;

/** JSON with object keys sorted at every level, so equal payloads give equal text. */
export function stableStringify(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map((v) => stableStringify(v ?? null)).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value)
			.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of the canonical payload without the fields that change between deliveries. */
export function payloadFingerprint(
	payload: Record<string, unknown>,
	volatileFields: readonly string[] = ['webhook_timestamp'],
): string {
	const stable = { ...payload };
	for (const field of volatileFields) delete stable[field];
	return createHash('sha256').update(stableStringify(stable)).digest('hex');
}

/**
 * How long events are remembered for a replay window: at least twice the window, because a captured
 * request passes the timestamp check from `window` before to `window` after its webhook_timestamp.
 */
export function dedupeTtlMs(replayWindowSeconds: number): number {
	return Math.max(DEDUPE_TTL_MS, 2 * replayWindowSeconds * 1000);
}

/**
 * What an arriving event is to the cache: `new` (now claimed, in progress), `inProgress` (an earlier
 * delivery is still being handled: the outcome is not known yet) or `done` (already handed to n8n).
 */
export type Admission = 'new' | 'inProgress' | 'done';

interface Entry {
	at: number;
	done: boolean;
}

/**
 * Fingerprints seen in the last `ttlMs`, each in progress or done. Over `maxEntries`, expired entries go
 * first, then the oldest done ones; one in progress is never dropped (its retry must wait, not run). A Map keeps insertion order, and every change re-inserts, so expired entries are at its front.
 */
export class DedupeCache {
	private readonly entries = new Map<string, Entry>();

	constructor(
		public ttlMs = DEDUPE_TTL_MS,
		private readonly maxEntries = DEDUPE_MAX_ENTRIES,
	) {}

	get size(): number {
		return this.entries.size;
	}

	/** Claims a fingerprint seen for the first time within the TTL; tells how a repeat stands. */
	admit(fingerprint: string, nowMs: number): Admission {
		this.prune(nowMs);
		const entry = this.entries.get(fingerprint);
		if (entry) return entry.done ? 'done' : 'inProgress';
		this.remember(fingerprint, { at: nowMs, done: false });
		return 'new';
	}

	/** The event was handed to n8n: from now on a repeat is a duplicate. */
	complete(fingerprint: string, nowMs: number): void {
		this.remember(fingerprint, { at: nowMs, done: true });
	}

	/** Lets a delivery that could not be processed be accepted again when Pachca retries it. */
	forget(fingerprint: string): void {
		this.entries.delete(fingerprint);
	}

	private remember(fingerprint: string, entry: Entry): void {
		this.entries.delete(fingerprint);
		this.entries.set(fingerprint, entry);
		if (this.entries.size <= this.maxEntries) return;
		this.prune(entry.at);
		for (const [key, kept] of this.entries) {
			if (this.entries.size <= this.maxEntries) break;
			if (kept.done) this.entries.delete(key);
		}
	}

	private prune(nowMs: number): void {
		for (const [fingerprint, entry] of this.entries) {
			if (nowMs - entry.at < this.ttlMs) break;
			this.entries.delete(fingerprint);
		}
	}
}

// Module state, one cache per trigger node (workflow id + node id). n8n does not reliably save a
// webhook's static data, and a retry must be recognised by the same process anyway.
const caches = new Map<string, DedupeCache>();

/** The node's cache, remembering events for `ttlMs` (the settings may have changed since it was made). */
export function dedupeCacheFor(workflowId: string, nodeId: string, ttlMs = DEDUPE_TTL_MS): DedupeCache {
	const key = `${workflowId}\u0000${nodeId}`;
	let cache = caches.get(key);
	if (!cache) {
		cache = new DedupeCache(ttlMs);
		caches.set(key, cache);
	}
	cache.ttlMs = ttlMs;
	return cache;
}
