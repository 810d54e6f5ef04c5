// The duplicate memory under volume: a redelivery inside its window is caught however many other
// events arrived meanwhile (up to DEDUPE_MAX_ENTRIES), and an event still being handled is never forgotten.
import { DEDUPE_MAX_ENTRIES, DEDUPE_TTL_MS, DedupeCache } from '../../nodes/shared/webhookSecurity';

const key = (n: number): string => n.toString(16).padStart(64, '0');

it('catches a redelivery inside the window after 20,000 other events', () => {
	const cache = new DedupeCache(DEDUPE_TTL_MS);
	const start = 1_000_000;
	expect(cache.admit(key(0), start)).toBe('new');
	cache.complete(key(0), start);
	for (let n = 1; n <= 20_000; n++) {
		cache.admit(key(n), start + n);
		cache.complete(key(n), start + n);
	}
	expect(cache.admit(key(0), start + DEDUPE_TTL_MS - 1)).toBe('done');
	expect(DEDUPE_MAX_ENTRIES).toBeGreaterThanOrEqual(20_000);
});

it('never forgets an event whose first delivery is still in progress, even over the cap', () => {
	const cache = new DedupeCache(DEDUPE_TTL_MS, 3);
	expect(cache.admit(key(0), 0)).toBe('new');
	for (let n = 1; n <= 10; n++) {
		cache.admit(key(n), n);
		cache.complete(key(n), n);
	}
	expect(cache.admit(key(0), 20)).toBe('inProgress');
	expect(cache.size).toBeLessThanOrEqual(4);
});

it('forgets entries once their window is over', () => {
	const cache = new DedupeCache(1000, 10);
	cache.admit(key(1), 0);
	cache.complete(key(1), 0);
	expect(cache.admit(key(1), 999)).toBe('done');
	expect(cache.admit(key(1), 2000)).toBe('new');
});
