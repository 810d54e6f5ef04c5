import { BucketTable, LIMITS } from '../../nodes/shared/transport/throttle';
import { ChatDirectory } from '../../nodes/shared/transport/chats';

/** The pacing schedule itself, on an injected clock: the slots it hands out, to the millisecond. */
describe('pacing schedule (injected clock)', () => {
	let now: number;
	let table: BucketTable;
	const CAP = 60_000;
	beforeEach(() => {
		now = 1_000_000;
		table = new BucketTable(() => now);
	});
	const slot = (key = 't:messageWrite:chat:1', limitClass: keyof typeof LIMITS = 'messageWrite') => {
		const s = table.reserve(key, limitClass, CAP);
		if (!('at' in s)) throw new Error(`blocked for ${s.blockedFor}`);
		return s.at - now;
	};

	it('message writes: the burst of 20 less one spare at once, then exactly one every 250 ms (4/s), not slower', () => {
		const slots = Array.from({ length: 27 }, () => slot());
		expect(slots.slice(0, 19)).toEqual(Array(19).fill(0));
		expect(slots.slice(19)).toEqual([250, 500, 750, 1000, 1250, 1500, 1750, 2000]);
	});

	it('each documented class has its own burst and rate', () => {
		const gaps = (limitClass: keyof typeof LIMITS, burst: number) => {
			const slots = Array.from({ length: burst + 2 }, () => slot(`t:${limitClass}:`, limitClass));
			expect(slots.slice(0, burst - 1)).toEqual(Array(burst - 1).fill(0));
			return slots.slice(burst - 1).map((ms) => Math.round(ms * 1000) / 1000);
		};
		expect(gaps('messageRead', 10)).toEqual([100, 200, 300]);
		expect(gaps('eventsRead', 5)).toEqual([400, 800, 1200]);
		expect(gaps('default', 50)).toEqual([20, 40, 60]);
	});

	it('a bucket refills while idle: after 5 s the whole burst is back, never more', () => {
		for (let i = 0; i < 20; i++) slot();
		now += 60_000;
		const slots = Array.from({ length: 20 }, () => slot());
		expect(slots.slice(0, 19)).toEqual(Array(19).fill(0));
		expect(slots[19]).toBe(250);
	});

	it('chats and tokens are counted apart', () => {
		for (let i = 0; i < 19; i++) slot('t:messageWrite:chat:1');
		expect(slot('t:messageWrite:chat:2')).toBe(0);
		expect(slot('u:messageWrite:chat:1')).toBe(0);
		expect(slot('t:messageWrite:chat:1')).toBe(250);
	});

	it('a 429 pauses the bucket for Retry-After, empties it, and slows it down', () => {
		for (let i = 0; i < 20; i++) slot();
		table.refused('t:messageWrite:chat:1', 'messageWrite', 1000, CAP);
		const bucket = table.bucket('t:messageWrite:chat:1', 'messageWrite');
		expect(bucket.perSecondAt(now)).toBeCloseTo(2.8);
		// Nothing before the pause ends, then paced at the lowered rate: no burst right after a 429.
		now += 250;
		const slots = [slot(), slot(), slot()];
		expect(slots[0]).toBe(750);
		for (const gap of [slots[1] - slots[0], slots[2] - slots[1]]) {
			expect(gap).toBeGreaterThan(250);
			expect(gap).toBeLessThanOrEqual(1000 / 2.8);
		}
	});

	it('repeated congestion keeps slowing down, to a floor of a tenth of the documented rate', () => {
		for (let i = 0; i < 30; i++) table.refused('t:messageWrite:chat:1', 'messageWrite', 0, CAP);
		expect(table.bucket('t:messageWrite:chat:1', 'messageWrite').perSecondAt(now)).toBeCloseTo(0.4);
	});

	it('remembers a Retry-After above the cap: the whole token is blocked until then, other tokens are not', () => {
		table.refused('t:default:', 'default', 3_600_000, CAP);
		now += 1000;
		expect(table.reserve('t:default:', 'default', CAP)).toEqual({ blockedFor: 3_599_000 });
		expect(table.reserve('t:messageWrite:chat:9', 'messageWrite', CAP)).toEqual({ blockedFor: 3_599_000 });
		expect(table.reserve('u:default:', 'default', CAP)).toEqual({ at: now });
		now += 3_600_000;
		expect(table.reserve('t:default:', 'default', CAP)).toEqual({ at: now });
	});

	it('evicts idle buckets and keeps the table bounded, but not a bucket that is still paused', () => {
		table = new BucketTable(() => now, LIMITS, 100);
		table.refused('paused:messageWrite:chat:1', 'messageWrite', 30_000, CAP);
		for (let chat = 0; chat < 1000; chat++) {
			for (let i = 0; i < 5; i++) slot(`t:messageWrite:chat:${chat}`);
			now += 1500; // refilled: chat's bucket is idle again
		}
		expect(table.size).toBeLessThanOrEqual(100);
		// Evicted buckets come back full: nothing was lost by dropping them.
		expect(slot('t:messageWrite:chat:0')).toBe(0);
		// The paused bucket was evicted only once its pause was over.
		const blocked = new BucketTable(() => now, LIMITS, 3);
		blocked.refused('p:messageWrite:chat:1', 'messageWrite', 30_000, CAP);
		for (let chat = 0; chat < 10; chat++) blocked.reserve(`t:messageWrite:chat:${chat}`, 'messageWrite', CAP);
		expect(blocked.reserve('p:messageWrite:chat:1', 'messageWrite', CAP)).toEqual({ at: now + 30_000 });
	});
});

describe('chat directory', () => {
	it('learns message → chat, thread → chat and user → direct chat from answers, and stays bounded', () => {
		const directory = new ChatDirectory(50);
		directory.learn('t', 'POST', '/messages', { message: { entity_type: 'user', entity_id: 7, content: 'hi' } }, {
			data: { id: 100, chat_id: 900, entity_type: 'user', entity_id: 7 },
		});
		directory.learn('t', 'POST', '/messages/100/thread', undefined, {
			data: { id: 55, chat_id: 901, message_id: 100, message_chat_id: 900 },
		});
		directory.learn('t', 'GET', '/messages', undefined, {
			data: [{ id: 101, chat_id: 901, entity_type: 'thread', entity_id: 56 }],
		});
		expect(directory.get('t', 'user', 7)).toBe(900);
		expect(directory.get('t', 'message', 100)).toBe(900);
		expect(directory.get('t', 'thread', 55)).toBe(901);
		expect(directory.get('t', 'thread', 56)).toBe(901);
		expect(directory.get('other token', 'message', 100)).toBeUndefined();
		for (let id = 1000; id < 1200; id++) directory.set('t', 'message', id, 1);
		expect(directory.size).toBe(50);
		expect(directory.get('t', 'message', 1199)).toBe(1);
		expect(directory.get('t', 'message', 100)).toBeUndefined();
	});
});
