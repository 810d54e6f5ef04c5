/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- a command-line tool that prints its figures */
// `npm run bench`: the nodes against the emulator with Pachca's limits enforced (token buckets, the docs
// read conservatively) and 40 ms latency. One table: per scenario the node's row and a naive baseline row
// (one request at a time, retry on 429). Prints numbers; never fails on them.
// BENCH_ONLY=<text> runs only the scenarios whose name contains the text.
import '../harness/setup';

import { cpus, loadavg } from 'os';

import { PachcaEmulator, RATE_LIMIT_RULES } from '../emulator';
import { startTrigger } from '../harness/fixtures/trigger';
import type { Measured, Work } from './scenarios';
import {
	freshBotToken,
	historyWork,
	LATENCY_MS,
	mixedWork,
	returnAllWork,
	runPachca,
	sendItems,
	sendWork,
} from './scenarios';
import { probe } from '../transport/probe';
import { abandonedFetchesWork, halvedLimitWork, stricterServerWork } from './adaptive';
import { sharedTokenWork } from './processes';
import { simulateSharedToken } from './shareSimulation';
import { formAnswerRows } from './forms';

async function measure(emulator: PachcaEmulator, work: Work, naive: boolean): Promise<Measured> {
	emulator.setRateLimitRules(work.rules ?? RATE_LIMIT_RULES);
	emulator.setLatency(LATENCY_MS);
	emulator.clearRequests();
	work.startedAt = undefined;
	const started = Date.now();
	const cpuBefore = process.cpuUsage();
	// A fresh token per run: neither the node's buckets nor the server's carry over between rows.
	const failed = await (naive && work.naive ? work.naive : work.node)(freshBotToken(emulator));
	const wallS = (Date.now() - (work.startedAt ?? started)) / 1000;
	const cpu = process.cpuUsage(cpuBefore);
	const chats = new Set(work.sentTo ?? []);
	const created = [...emulator.state.messages.values()].filter((m) => chats.has(m.chat_id)).length;
	return {
		scenario: `${naive ? 'naive' : 'node'}: ${work.name}`,
		items: work.items,
		requests: emulator.requests.length,
		refused429: emulator.requests.filter((r) => r.status === 429).length,
		failed,
		duplicates: work.expectedMessages === undefined ? 0 : created - work.expectedMessages,
		wallS,
		minimumS: work.minimumS,
		cpuS: (cpu.user + cpu.system) / 1e6,
	};
}

/** CPU time of this process (the node and the in-process emulator) while `work` runs. */
async function cpuMs(work: () => Promise<unknown>): Promise<number> {
	const before = process.cpuUsage();
	await work();
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1000;
}

/**
 * Node overhead per item beyond the HTTP round trip: CPU time of the Pachca node (router, parameter
 * reader, transport) against a bare node that calls n8n's request helper itself, one item at a time,
 * no limits, no latency. Both run inside n8n-core against the same emulator, so only our code differs.
 * CPU time, not wall time: the machine may be shared, and waiting is not overhead.
 */
async function overheadMs(emulator: PachcaEmulator): Promise<number> {
	emulator.setRateLimits(false);
	emulator.setLatency(0);
	const token = freshBotToken(emulator);
	const parameters = {
		resource: 'message',
		operation: 'send',
		sendTo: 'chat',
		chatId: { __rl: true, mode: 'id', value: '={{ $json.chat }}' },
		content: '={{ $json.text }}',
		settings: { maxConcurrentRequests: 1 },
	};
	const chats = (count: number) => Array.from({ length: count }, (_, i) => emulator.addChat({ name: `calibration ${i}` }).id);
	const node = async (items: number) => await runPachca(emulator, token, parameters, sendItems(chats(items), 1));
	const raw = async (items: number) =>
		await probe(
			emulator,
			{ mode: 'raw', method: 'POST', path: '/messages', body: { message: { entity_id: chats(1)[0], content: 'calibration' } } },
			{ token, items },
		);
	await node(50); // warm-up
	await raw(50);
	const items = 300;
	const samples: number[] = [];
	for (let round = 0; round < 5; round++) {
		samples.push(((await cpuMs(async () => await node(items))) - (await cpuMs(async () => await raw(items)))) / items);
	}
	emulator.setRateLimits(true);
	return samples.sort((a, b) => a - b)[2]; // the median of five
}

async function webhookRow(emulator: PachcaEmulator, count: number) {
	emulator.setLatency(0);
	const trigger = await startTrigger(emulator, { credentials: { webhookAllowedIps: '127.0.0.1/32' }, parameters: { events: ['*'] } });
	try {
		const started = Date.now();
		for (let i = 0; i < count; i++) await emulator.emitWebhook('message.new', { id: 900000 + i, content: `event ${i}` });
		const wallS = (Date.now() - started) / 1000;
		return {
			scenario: `trigger: ${count.toLocaleString('en')} signed webhook verifications (IP, HMAC, replay, dedupe)`,
			items: count,
			executions: trigger.executions.length,
			wallS: Number(wallS.toFixed(2)),
			msPerDelivery: Number(((wallS * 1000) / count).toFixed(3)),
		};
	} finally {
		await trigger.close();
	}
}

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

/**
 * H on a simulated clock: how 30 executions dealt over 3 processes fare over 20 chats, the pacing
 * alone; and queue-mode part c's case, 2 processes busy on one chat (200 messages).
 */
function shareSimulationRows() {
	const cases: Array<[deal: number[], chats: number, perChat: number]> = [
		...[[10, 10, 10], [12, 9, 9], [14, 10, 6], [20, 10, 0], [30, 0, 0]].map((deal) => [deal, 20, 50] as [number[], number, number]),
		[[4, 4], 1, 200],
	];
	return cases.map(([deal, chats, perChat]) => {
		const run = simulateSharedToken(deal, chats, perChat);
		return {
			'H simulated: executions per process': `${deal.join(' / ')}${chats === 1 ? ' (one chat)' : ''}`,
			requests: run.sent,
			'429s': `${run.refused} (${pct(run.refused / run.sent)})`,
			seconds: Number(run.seconds.toFixed(2)),
			'share of the limit': pct(run.shareOfLimit),
			goal: '≤ 5 % 429s, ≥ 80 %',
		};
	});
}

async function main() {
	const only = process.env.BENCH_ONLY;
	// The machine may be shared: its load says how far the figures are bounded by CPU.
	console.log(`load average at the start: ${loadavg().map((l) => l.toFixed(2)).join(', ')} (${cpus().length} cores)`);
	const emulator = await PachcaEmulator.start({ rateLimits: true, latencyMs: LATENCY_MS });
	try {
		const works: Work[] = [
			sendWork(emulator, 'A: 300 messages to one chat', 1, 300, false, '≥ 97 %, ≤ 1 % 429s'),
			sendWork(emulator, 'B: 1,000 messages over 20 chats', 20, 50, false, '≥ 95 %, ≤ 1 % 429s'),
			{ ...returnAllWork(emulator, 10_000), name: 'C: Return All over 10,000 messages', goal: '≥ 97 %' },
			{ ...historyWork(emulator, 5_000), name: 'D: drain 5,000 history events', goal: '≥ 97 %' },
			stricterServerWork(emulator, 60),
			halvedLimitWork(emulator, 240),
			abandonedFetchesWork(emulator),
			sharedTokenWork(emulator),
			mixedWork(emulator, 20, 50),
			sendWork(emulator, '300 messages to one chat, server allows 3/s', 1, 300, true),
		].filter((work) => !only || work.name.includes(only));
		const overhead = await overheadMs(emulator);
		console.error(`node overhead: ${overhead.toFixed(3)} ms per item`);
		const rows = [];
		const notes: string[] = [];
		for (const work of works) {
			for (const naive of work.naive ? [false, true] : [false]) {
				const m = await measure(emulator, work, naive);
				console.error(`${m.scenario}: ${m.wallS.toFixed(2)} s`);
				if (!naive && work.note) notes.push(`${work.name}: ${work.note}`);
				rows.push({
					scenario: m.scenario,
					items: m.items,
					requests: m.requests,
					'429s': `${m.refused429} (${pct(m.refused429 / Math.max(1, m.requests))})`,
					'failed items': m.failed,
					'sent twice': m.duplicates,
					'wall s': Number(m.wallS.toFixed(2)),
					// CPU time the machine gave this process (node, n8n, emulator): what bounds a busy run
					'cpu s': Number((m.cpuS ?? 0).toFixed(2)),
					'minimum s': Number(m.minimumS.toFixed(2)),
					efficiency: pct(m.minimumS / m.wallS),
					goal: naive ? '' : (work.goal ?? ''),
					'overhead ms/item': naive ? '' : overhead.toFixed(3),
				});
			}
		}
		console.table(rows);
		for (const note of notes) console.log(note);
		console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
		if (!only || 'H'.includes(only)) console.table(shareSimulationRows());
		if (!only || 'webhook'.includes(only)) console.table([await webhookRow(emulator, 10_000)]);
		if (!only || 'forms'.includes(only)) console.table(await formAnswerRows(emulator));
	} finally {
		await emulator.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
