/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- a command-line tool that prints its figures */
// `npm run bench`: figures for pacing, retries and pagination against the emulator with Pachca's
// documented rate limits on. Prints numbers; never fails on them.
import '../harness/setup';

import { PachcaEmulator } from '../emulator';
import { probe, type ProbeRequest } from '../transport/probe';

interface Figure {
	scenario: string;
	requests: number;
	refused429: number;
	seconds: number;
	perSecond: number;
}

async function measure(
	emulator: PachcaEmulator,
	scenario: string,
	request: ProbeRequest,
	items: number,
): Promise<Figure> {
	emulator.clearRequests();
	emulator.setRateLimits(true);
	const started = Date.now();
	const { error } = await probe(emulator, request, { items });
	const seconds = (Date.now() - started) / 1000;
	if (error) throw new Error(`${scenario}: ${error.message}`);
	const requests = emulator.requests.length;
	return {
		scenario,
		requests,
		refused429: emulator.requests.filter((r) => r.status === 429).length,
		seconds: Number(seconds.toFixed(2)),
		perSecond: Number((requests / seconds).toFixed(1)),
	};
}

/** What a client without pacing meets: the same requests fired back to back with fetch. */
async function naive(emulator: PachcaEmulator, scenario: string, path: string, count: number): Promise<Figure> {
	emulator.clearRequests();
	emulator.setRateLimits(true);
	const started = Date.now();
	for (let i = 0; i < count; i++) {
		await fetch(`${emulator.baseUrl}${path}`, { headers: { Authorization: `Bearer ${emulator.botToken}` } });
	}
	const seconds = (Date.now() - started) / 1000;
	return {
		scenario,
		requests: count,
		refused429: emulator.requests.filter((r) => r.status === 429).length,
		seconds: Number(seconds.toFixed(2)),
		perSecond: Number((count / seconds).toFixed(1)),
	};
}

async function main() {
	const emulator = await PachcaEmulator.start({ rateLimits: true });
	try {
		const chat = emulator.addChat({ name: 'bench' });
		const [message] = emulator.addMessages(chat.id, 1);
		for (let i = 0; i < 5000; i++) emulator.addChat({ name: `bench ${i}` });
		emulator.addEvents(40);

		const figures: Figure[] = [];
		figures.push(await naive(emulator, 'naive fetch loop: 100 message reads', `/messages/${message.id}`, 100));
		figures.push(await measure(emulator, 'transport: 100 message reads (10/s class)', { path: `/messages/${message.id}` }, 100));
		figures.push(await measure(emulator, 'transport: 200 chat reads (50/s class)', { path: `/chats/${chat.id}` }, 200));
		figures.push(
			await measure(
				emulator,
				'transport: 20 messages sent to one chat (4/s per chat)',
				{
					method: 'POST',
					path: '/messages',
					chatKey: `discussion:${chat.id}`,
					body: { message: { entity_type: 'discussion', entity_id: chat.id, content: 'bench' } },
				},
				20,
			),
		);
		figures.push(
			await measure(emulator, 'transport: 20 event-history reads (5 per 2 s)', { path: '/webhooks/events', qs: { limit: 2 } }, 20),
		);
		figures.push(await measure(emulator, 'transport: Return All over 5,000+ chats (pages of 50)', { mode: 'all', path: '/chats' }, 1));

		emulator.setLatency(20);
		figures.push(await measure(emulator, 'transport: 50 chat reads, 20 ms server latency', { path: `/chats/${chat.id}` }, 50));

		console.table(figures);
	} finally {
		await emulator.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
