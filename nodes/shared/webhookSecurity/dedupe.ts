import { createHash } from 'crypto';

/**
 * Pachca delivers at least once, and a retry carries a new webhook_timestamp (so a new signature):
 * the same event is recognised by a hash of its payload without that field.
 */
export const DEDUPE_TTL_MS = 10 * 60 * 1000;
export const DEDUPE_MAX_ENTRIES = 10_000;

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
 * Fingerprints seen in the last `ttlMs`, at most `maxEntries` (the oldest go first). A Map keeps
 * insertion order, which is arrival order, so expired entries are always at its front.
 */
export class DedupeCache {
	private readonly seenAt = new Map<string, number>();

	constructor(
		private readonly ttlMs = DEDUPE_TTL_MS,
		private readonly maxEntries = DEDUPE_MAX_ENTRIES,
	) {}

	get size(): number {
		return this.seenAt.size;
	}

	/** true the first time a fingerprint is offered within the TTL (and remembers it), false on a repeat. */
	admit(fingerprint: string, nowMs: number): boolean {
		this.prune(nowMs);
		if (this.seenAt.has(fingerprint)) return false;
		this.seenAt.set(fingerprint, nowMs);
		while (this.seenAt.size > this.maxEntries) this.seenAt.delete(this.seenAt.keys().next().value as string);
		return true;
	}

	/** Lets a delivery that could not be processed be accepted again when Pachca retries it. */
	forget(fingerprint: string): void {
		this.seenAt.delete(fingerprint);
	}

	private prune(nowMs: number): void {
		for (const [fingerprint, at] of this.seenAt) {
			if (nowMs - at < this.ttlMs) break;
			this.seenAt.delete(fingerprint);
		}
	}
}

// Module state, one cache per trigger node (workflow id + node id). n8n does not reliably save a
// webhook's static data, and a retry must be recognised by the same process anyway.
const caches = new Map<string, DedupeCache>();

export function dedupeCacheFor(workflowId: string, nodeId: string): DedupeCache {
	const key = `${workflowId}\u0000${nodeId}`;
	let cache = caches.get(key);
	if (!cache) {
		cache = new DedupeCache();
		caches.set(key, cache);
	}
	return cache;
}
