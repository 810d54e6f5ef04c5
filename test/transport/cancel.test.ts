/* eslint-disable @n8n/community-nodes/no-restricted-globals -- waits on the real clock for the emulator's log */
import type { IRun } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { probe, startProbe } from './probe';

const pause = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

/** Stopping an execution stops its waiting and retrying at once. */
describe('cancellation', () => {
	let emulator: PachcaEmulator;
	emulatorPerFile((started) => (emulator = started), { rateLimits: true });
	afterEach(() => emulator.setLatency(0));

	const until = async (condition: () => boolean) => {
		while (!condition()) await pause(10);
	};
	const freshToken = () => emulator.createToken({ scopes: ['chats:read', 'messages:create'] });
	/** The node's own error: it says the execution was cancelled, not that a request failed. */
	const nodeError = (run: IRun) => Object.values(run.data.resultData.runData)[0]?.[0]?.error?.message;

	it('stops sleeping through a Retry-After and never sends the retry', async () => {
		const chat = emulator.addChat({ name: 'long wait' });
		// 50 s: under the 60 s cap, so the node would sleep it through; the test would time out first.
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'status', status: 429, retryAfter: '50' });
		const run = startProbe(emulator, { path: `/chats/${chat.id}` }, { token: freshToken() });
		await until(() => emulator.requests.length === 1);
		run.cancel();
		expect(nodeError(await run.finished)).toMatch(/cancelled/);
		await pause(300);
		expect(emulator.requests.map((r) => r.status)).toEqual([429]);
	});

	it('treats a request cancelled in flight (ERR_CANCELED) as final: a GET is not retried', async () => {
		const chat = emulator.addChat({ name: 'in flight' });
		emulator.setLatency(5000);
		const run = startProbe(emulator, { path: `/chats/${chat.id}` }, { token: freshToken() });
		await until(() => emulator.requests.length === 1);
		run.cancel();
		// Not "got no answer (ERR_CANCELED)" after three retries with backoff: final at once.
		expect(nodeError(await run.finished)).toMatch(/cancelled/);
		expect(emulator.requests).toHaveLength(1);
	});

	it('stops items waiting for their chat\'s pace: nothing more is sent after the cancel', async () => {
		const chat = emulator.addChat({ name: 'paced' });
		const send = {
			method: 'POST',
			path: '/messages',
			body: { message: { entity_type: 'discussion', entity_id: chat.id, content: 'tick' } },
		};
		const run = startProbe(emulator, send, { token: freshToken(), items: 60 });
		await until(() => emulator.requests.length >= 20);
		run.cancel();
		const sentAtCancel = emulator.requests.length;
		expect(nodeError(await run.finished)).toMatch(/cancelled/);
		await pause(600);
		// At most the request already on its way when the cancel came.
		expect(emulator.requests.length).toBeLessThanOrEqual(sentAtCancel + 1);
		expect(emulator.requests.length).toBeLessThan(60);
	});
});

/** A Retry-After longer than the node will wait is remembered: the token is left alone until then. */
describe('remembered Retry-After', () => {
	let emulator: PachcaEmulator;
	emulatorPerFile((started) => (emulator = started), { rateLimits: false });

	it('later items and later executions fail without sending; another token is unaffected', async () => {
		const chat = emulator.addChat({ name: 'blocked' });
		const token = emulator.createToken({ scopes: ['chats:read'] });
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'status', status: 429, retryAfter: '3600' });

		const first = await probe(emulator, { path: `/chats/${chat.id}` }, { token, items: 5, continueOnFail: true });
		expect(first.items).toHaveLength(5);
		for (const item of first.items) expect(item.json.error).toMatch(/may be retried only in 3600 s, more than the 60 s/);
		expect(first.items.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3, 4].map((item) => ({ item })));
		expect(emulator.requests).toHaveLength(1);

		// Another execution with the same token, another path: still nothing is sent.
		const again = await probe(emulator, { path: '/chats' }, { token });
		expect(again.error?.message).toMatch(/may be retried only in 3600 s/);
		expect(emulator.requests).toHaveLength(1);

		const other = await probe(emulator, { path: `/chats/${chat.id}` });
		expect(other.error).toBeUndefined();
		expect(emulator.requests.map((r) => r.status)).toEqual([429, 200]);
	});
});
