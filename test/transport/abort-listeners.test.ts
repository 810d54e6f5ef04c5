/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a test reads the listeners of a signal */
import { getEventListeners } from 'events';

import { unlessCancelled } from '../../nodes/shared/transport/order';

/**
 * Items of one execution wait (for their chat's lane, their slot, a connection) on the execution's one
 * cancel signal. An AbortSignal scans its listener list on every add and remove, n8n's request helper
 * adds and removes one per request too: a thousand waiting items must not mean a thousand listeners.
 */
describe('waits on the execution cancel signal', () => {
	it('a thousand waits add one abort listener to the signal, and a cancel still ends every one of them', async () => {
		const controller = new AbortController();
		const never = new Promise<never>(() => {});
		const waits = Array.from({ length: 1000 }, async () => await unlessCancelled(never, controller.signal));
		expect(getEventListeners(controller.signal, 'abort').length).toBeLessThanOrEqual(1);
		controller.abort(new Error('stopped by the user'));
		const outcomes = await Promise.allSettled(waits);
		expect(outcomes.every((o) => o.status === 'rejected' && (o.reason as Error).message === 'stopped by the user')).toBe(true);
	});

	it('a wait that ends on its own leaves nothing behind for the cancel to call', async () => {
		const controller = new AbortController();
		for (let i = 0; i < 100; i++) await unlessCancelled(Promise.resolve(i), controller.signal);
		const late = unlessCancelled(new Promise<never>(() => {}), controller.signal);
		controller.abort(new Error('stopped'));
		await expect(late).rejects.toThrow('stopped');
		expect(getEventListeners(controller.signal, 'abort').length).toBeLessThanOrEqual(1);
	});
});
