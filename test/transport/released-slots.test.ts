import type { PachcaEmulator } from '../emulator';
import { normaliseBaseUrl } from '../../nodes/shared/transport';
import { Semaphore } from '../../nodes/shared/transport/order';
import { bucketKey, buckets, tokenId } from '../../nodes/shared/transport/throttle';
import { emulatorPerFile } from '../harness/emulator';
import { probe } from './probe';

/** A request that gives up or is cancelled before it is sent hands back what it booked. */
describe('slots of requests that are not sent', () => {
	let emulator: PachcaEmulator;
	emulatorPerFile((started) => (emulator = started));

	it('fetches abandoned at their deadline give their bucket slots back: the next read is not kept waiting', async () => {
		const chat = emulator.addChat({ name: 'Fetch budget' });
		const [message] = emulator.addMessages(chat.id, 1);
		const token = emulator.createToken({ scopes: ['messages:read'], bot: true });

		// Message reads: 10/s. The bucket is booked 6 s ahead, then 20 fetches at once (as from 20 webhook
		// deliveries) with a 2 s budget: none can fit, all give up at once.
		const key = bucketKey(tokenId(normaliseBaseUrl(emulator.baseUrl), token), 'messageRead');
		const booked = Array.from({ length: 70 }, () => buckets.reserve(key, 'messageRead', 60_000));
		const lastBooked = booked.map((slot) => ('at' in slot ? slot.at : NaN)).pop() as number;
		const runs = await Promise.all(
			Array.from({ length: 20 }, async () => await probe(emulator, { path: `/messages/${message.id}`, deadlineMs: 2000 }, { token })),
		);
		expect(runs.map((run) => run.error?.message)).toEqual(Array(20).fill(`Pachca GET /messages/${message.id} did not finish within 2 s`));
		expect(emulator.requests).toEqual([]);

		// The next slot comes one interval (100 ms) after the last booked one, not 20 abandoned slots (2 s) later.
		const next = buckets.reserve(key, 'messageRead', 60_000);
		expect('at' in next && next.at - lastBooked).toBeLessThanOrEqual(100);
	});
});

describe('concurrency semaphore and cancellation', () => {
	const settle = async () => {
		for (let i = 0; i < 10; i++) await Promise.resolve();
	};

	it('a turn handed over in the same moment the waiter is cancelled passes on to the next waiter', async () => {
		const semaphore = new Semaphore(1);
		const releaseFirst = await semaphore.acquire();
		const stop = new AbortController();
		const cancelled = semaphore.acquire(stop.signal);
		releaseFirst(); // the turn goes to the waiter…
		stop.abort(); // …which is cancelled before it could use it
		await expect(cancelled).rejects.toThrow();

		let third = false;
		void semaphore.acquire().then(() => (third = true));
		await settle();
		expect(third).toBe(true);
	});

	it('a waiter cancelled in the queue leaves it: the turn goes to the one after it', async () => {
		const semaphore = new Semaphore(1);
		const releaseFirst = await semaphore.acquire();
		const stop = new AbortController();
		const cancelled = semaphore.acquire(stop.signal);
		let third = false;
		void semaphore.acquire().then(() => (third = true));
		stop.abort();
		await expect(cancelled).rejects.toThrow();
		releaseFirst();
		await settle();
		expect(third).toBe(true);
	});
});
