import { BucketTable } from '../../nodes/shared/transport/throttle';

/**
 * Queue mode, one process's view on an injected clock: a token shared by N processes starts at 1/N of
 * each limit, borrows what the others leave unused, and gives it back at the first 429.
 */
describe('a token shared by processes (injected clock)', () => {
	let now: number;
	let table: BucketTable;
	const CAP = 60_000;
	const key = 't~2:messageWrite:chat:1';
	beforeEach(() => {
		now = 1_000_000;
		table = new BucketTable(() => now);
		table.shareToken('t~2', 2);
	});
	const slot = (k = key) => {
		const s = table.reserve(k, 'messageWrite', CAP);
		if (!('at' in s)) throw new Error(`blocked for ${s.blockedFor}`);
		return s.at - now;
	};
	const rate = (k = key) => table.bucket(k, 'messageWrite').perSecondAt(now);
	/** Sends at the paced rate for `ms`, every request accepted. */
	const sendFor = (ms: number) => {
		const end = now + ms;
		while (now < end) {
			now += slot();
			table.sent(key);
			table.accepted(key);
		}
	};

	it('starts at its share: half the burst, then one every 500 ms (2/s); other tokens keep the whole limit', () => {
		const slots = Array.from({ length: 10 }, () => slot());
		expect(slots.slice(0, 9)).toEqual(Array(9).fill(0));
		expect(slots[9]).toBe(500);
		expect(rate()).toBe(2);
		expect(table.bucket('u:messageWrite:chat:1', 'messageWrite').perSecondAt(now)).toBe(4);
	});

	it('borrows with time while no 429 comes, up to the whole documented rate and never beyond', () => {
		sendFor(2000);
		expect(rate()).toBeGreaterThan(2);
		expect(rate()).toBeLessThan(4);
		sendFor(10_000);
		expect(rate()).toBe(4);
	});

	it('what it borrows is learned per token: a chat it never wrote to starts where the others are', () => {
		sendFor(4000);
		expect(rate('t~2:messageWrite:chat:2')).toBeCloseTo(rate(), 6);
	});

	it('a 429 while borrowing gives back all that was borrowed, once per congestion event, and the share itself stays', () => {
		sendFor(8000); // 1 + 8000/8000 = 2 shares: the whole 4/s
		const sentBefore = now - 100;
		table.refused(key, 'messageWrite', 0, CAP, sentBefore);
		expect(rate()).toBeCloseTo(2, 6); // back to its share
		table.refused(key, 'messageWrite', 0, CAP, sentBefore); // an answer to a request sent before the cut
		expect(rate()).toBeCloseTo(2, 6);
	});

	it('after each congestion event it climbs more slowly (the others are busy): 8 s, then 16 s per share', () => {
		sendFor(8000);
		table.refused(key, 'messageWrite', 0, CAP, now - 100);
		sendFor(8000);
		expect(rate()).toBeCloseTo(3, 1); // 1 + 8/16 shares
		table.refused(key, 'messageWrite', 0, CAP, now - 1);
		sendFor(8000);
		expect(rate()).toBeCloseTo(2.5, 1); // 1 + 8/32 shares
	});

	it('a 429 at its bare share means the server is stricter than the docs: the bucket itself slows down', () => {
		slot();
		table.refused(key, 'messageWrite', 0, CAP, now);
		expect(rate()).toBeLessThan(2);
	});

	it('unused for 10 s it forgets what it borrowed: the other processes may be busy again', () => {
		sendFor(8000);
		expect(rate()).toBe(4);
		now += 10_001;
		expect(rate()).toBe(2);
	});
});
