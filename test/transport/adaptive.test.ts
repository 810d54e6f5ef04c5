import { BucketTable } from '../../nodes/shared/transport/throttle';

/**
 * How pacing adapts to Pachca's 429s, on an injected clock: one cut per congestion event, recovery
 * with time, and no herd when a long Retry-After ends.
 */
describe('adaptive pacing (injected clock)', () => {
	const CAP = 60_000;
	const KEY = 't:messageWrite:chat:1';
	let now: number;
	let table: BucketTable;
	beforeEach(() => {
		now = 1_000_000;
		table = new BucketTable(() => now);
	});
	const slot = (key = KEY, limitClass: 'messageWrite' | 'messageRead' = 'messageWrite') => {
		const s = table.reserve(key, limitClass, CAP);
		if (!('at' in s)) throw new Error(`blocked for ${s.blockedFor}`);
		return s.at;
	};
	/** The gaps between the next `count` slots once the bucket is saturated: its current pace. */
	const gaps = (count: number, key = KEY) => {
		const slots = Array.from({ length: count + 1 }, () => slot(key));
		return slots.slice(1).map((at, i) => at - slots[i]);
	};

	it('ten 429s answering requests sent together cut the rate once, not ten times', () => {
		const sentAt = now;
		for (let i = 0; i < 10; i++) slot();
		now += 50; // the answers come back together
		for (let i = 0; i < 10; i++) table.refused(KEY, 'messageWrite', 1000, CAP, sentAt);
		now += 1000;
		// One cut: 4/s × 0.7 = 2.8/s, recovering meanwhile; ten cuts would be 4 × 0.7^10 ≈ 0.11/s (8.8 s apart).
		for (const gap of gaps(5)) {
			expect(gap).toBeGreaterThan(250);
			expect(gap).toBeLessThanOrEqual(1000 / 2.8);
		}
	});

	it('a 429 for a request sent after the cut is a new congestion event and cuts again', () => {
		const first = now;
		slot();
		table.refused(KEY, 'messageWrite', 0, CAP, first);
		now += 10;
		const second = now;
		slot();
		now += 40;
		table.refused(KEY, 'messageWrite', 0, CAP, second);
		expect(table.bucket(KEY, 'messageWrite').perSecondAt(now)).toBeCloseTo(4 * 0.7 * 0.7, 1);
	});

	it('recovers with time: 10 minutes without a 429 bring back the documented 4/s, though no request was sent', () => {
		for (let i = 0; i < 30; i++) table.refused(KEY, 'messageWrite', 0, CAP);
		now += 600_000;
		const after = gaps(25);
		expect(after.slice(0, 18)).toEqual(Array(18).fill(0));
		expect(after.slice(-5).every((gap) => Math.abs(gap - 250) < 1)).toBe(true);
	});

	it('recovery is gradual: one second after a cut the bucket is still slower than documented, 30 s later it is not', () => {
		for (let i = 0; i < 20; i++) slot();
		table.refused(KEY, 'messageWrite', 0, CAP);
		now += 1000;
		const bucket = table.bucket(KEY, 'messageWrite');
		expect(bucket.perSecondAt(now)).toBeLessThan(3.5);
		expect(bucket.perSecondAt(now + 30_000)).toBe(4);
	});

	it('when a Retry-After longer than the cap ends, the requests booked meanwhile leave at the paced rate, not all at once', () => {
		const READ = 't:messageRead:';
		table.refused('t:default:', 'default', 90_000, CAP);
		const blockedUntil = now + 90_000;
		now += 31_000; // 59 s left: under the cap, requests wait for it
		const slots = Array.from({ length: 10 }, () => slot(READ, 'messageRead'));
		expect(slots[0]).toBe(blockedUntil);
		// Pachca just said "too many": the bucket starts again from empty, one request every 100 ms (10/s).
		expect(slots.slice(1).map((at, i) => Math.round(at - slots[i]))).toEqual(Array(9).fill(100));
	});

	it('the server rate is measured from the last 429 seen, even one of an earlier congestion event', () => {
		const bucket = table.bucket(KEY, 'messageWrite');
		const sent = now - 40;
		bucket.refused(now, 0, sent); // the server's bucket is empty now
		now += 2000;
		bucket.refused(now, 0, sent); // a late answer of the same event: empty again, no second cut
		for (let i = 0; i < 6; i++) bucket.accepted((now += 500)); // 6 accepted in 3 s: 2 per second
		bucket.refused(now, 0, now);
		// Cut to just under the measured 2/s, not to 6 over 5 s (1.2/s).
		expect(bucket.perSecondAt(now)).toBeCloseTo(2 * 0.9, 5);
	});

	it('two 429s with nothing accepted between them slow the bucket to its floor, never to a standstill', () => {
		const bucket = table.bucket(KEY, 'messageWrite');
		bucket.refused(now, 0, now);
		now += 3000;
		bucket.refused(now, 0, now);
		expect(bucket.perSecondAt(now)).toBeCloseTo(0.4, 5);
		expect(bucket.perSecondAt(now + 1000)).toBeGreaterThanOrEqual(0.4);
		const slots = gaps(3);
		expect(slots.every((gap) => gap <= 2500)).toBe(true);
	});
});
