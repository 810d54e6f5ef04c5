/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- a command-line tool that prints its figures */
// `npm run bench`: figures for pacing, retries and pagination against the emulator with Pachca's
// documented rate limits on. Prints numbers; never fails on them.
import '../harness/setup';

import { PachcaEmulator } from '../emulator';
import { probe, type ProbeRequest } from '../transport/probe';
import { startTrigger } from '../trigger/helpers';

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

/** The Pachca Trigger's cost per delivery: signed webhooks from the emulator, all checks on. */
async function triggerFigures(emulator: PachcaEmulator) {
	const count = 300;
	const trigger = await startTrigger(emulator, {
		credentials: { webhookAllowedIps: '127.0.0.1/32' },
		parameters: { events: ['*'] },
	});
	try {
		const payloads: Array<Record<string, unknown>> = [];
		let started = Date.now();
		for (let i = 0; i < count; i++) {
			const { payload } = await emulator.emitWebhook('message.new', { id: 500000 + i, content: `event ${i}` });
			payloads.push(payload);
		}
		const acceptedSeconds = (Date.now() - started) / 1000;
		const accepted = trigger.executions.length;
		started = Date.now();
		// A redelivery: the same event with a new webhook_timestamp, so a new signature.
		for (const payload of payloads) {
			const event = { ...payload };
			delete event.webhook_timestamp;
			await emulator.emitWebhook('message.new', event);
		}
		const duplicateSeconds = (Date.now() - started) / 1000;
		return [
			{
				scenario: `trigger: ${count} signed deliveries (IP, HMAC, replay, dedupe)`,
				executions: accepted,
				seconds: Number(acceptedSeconds.toFixed(2)),
				perSecond: Number((count / acceptedSeconds).toFixed(1)),
			},
			{
				scenario: `trigger: the same ${count} redelivered (answered as duplicates)`,
				executions: trigger.executions.length - accepted,
				seconds: Number(duplicateSeconds.toFixed(2)),
				perSecond: Number((count / duplicateSeconds).toFixed(1)),
			},
		];
	} finally {
		await trigger.close();
	}
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
		console.table(await triggerFigures(emulator));
	} finally {
		await emulator.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
