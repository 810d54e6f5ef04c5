/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the test watches for an event-loop turn */
import { ExecutionGate } from '../../nodes/shared/transport/order';

/** Starting items (parameters, expressions, credentials) must not starve the requests already queued. */
describe('execution gate', () => {
	/** Stands in for an item's CPU work before its first request is queued (n8n's expression engine). */
	const work = (ms: number) => {
		const until = Date.now() + ms;
		while (Date.now() < until);
	};

	it('gives the event loop a turn while a long run of items starts, so queued requests can leave', async () => {
		const gate = new ExecutionGate(20);
		let eventLoopTurn = false;
		setImmediate(() => (eventLoopTurn = true));
		let turnsSeenAt: number | undefined;
		for (let item = 0; item < 50; item++) {
			work(1);
			gate.arrive(item);
			await gate.arrival(item);
			if (eventLoopTurn && turnsSeenAt === undefined) turnsSeenAt = item;
		}
		// 50 ms of item starts: a turn within the first dozen items, not only after the last one.
		expect(turnsSeenAt).toBeDefined();
		expect(turnsSeenAt).toBeLessThan(12);
	});
});
