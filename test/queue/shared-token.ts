// Part h of the queue-mode suite (issue 20's scenario H, on request only: `QUEUE_WORKERS=3 npm run
// test:queue -- h`): the workers share one bot token, each pacing at its share of Pachca's limits.
import { RATE_LIMIT_RULES } from '../emulator';
import { check, checkEqual, note } from '../e2e/lib/check';
import { sleep } from '../e2e/lib/processes';
import type { Cluster } from './cluster';
import { busyShare, cpuTimes, type Figures, finished } from './helpers';
import { SPREAD_PATH, spreadSender } from './workflows';

/** (h) `chats × perChat` messages, chats interleaved, posted as `requests` webhook calls at once. */
export async function sharedTokenManyChats(cluster: Cluster, figures: Figures, chats = 20, perChat = 50, requests = 30): Promise<void> {
	const { n8n, emulator } = cluster;
	const chatIds = Array.from({ length: chats }, (_, i) => emulator.addChat({ name: `shared token ${i + 1}` }).id);
	const id = await n8n.createWorkflow(spreadSender(cluster.credentialId));
	await n8n.activate(id);
	await sleep(1500);
	emulator.clearRequests();
	const messages = Array.from({ length: chats * perChat }, (_, i) => ({ chat: chatIds[i % chats], text: `spread ${i + 1}` }));
	const size = Math.ceil(messages.length / requests);
	const cpuBefore = cpuTimes();
	const answers = await Promise.all(
		Array.from({ length: requests }, async (_, r) => {
			const res = await fetch(cluster.webhookUrl('webhook', SPREAD_PATH), {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ messages: messages.slice(r * size, (r + 1) * size) }),
			}).catch((e: Error & { cause?: { code?: string } }) => {
				throw new Error(`request ${r + 1} of ${requests} to the webhook process: ${e.message} (${e.cause?.code ?? String(e.cause)})`);
			});
			return res.status;
		}),
	);
	checkEqual(`${requests} requests answered 200`, answers, answers.map(() => 200));
	const runs = finished(await n8n.waitForExecutions(id, requests, 600_000));
	// On 2 cores, main + webhook process + 3 workers + Redis + Postgres + the emulator: is it CPU-bound?
	const cpuBusy = busyShare(cpuBefore, cpuTimes());
	const sends = emulator.requests.filter((r) => r.method === 'POST' && r.path === '/messages');
	const accepted = sends.filter((r) => r.status === 201);
	const refused = sends.filter((r) => r.status === 429).length;
	// From the first request Pachca saw to the last message it accepted, against the least the limits allow.
	const wallS = (Math.max(...accepted.map((r) => r.at)) - Math.min(...sends.map((r) => r.at))) / 1000;
	const rule = RATE_LIMIT_RULES.messagesWrite;
	const minimumS = (perChat - rule.burst) / rule.perSecond;
	const wanted = new Set(chatIds);
	const got = [...emulator.state.messages.values()].filter((m) => wanted.has(m.chat_id)).map((m) => m.content);
	const perWorker = cluster.members
		.filter((m) => m.role === 'worker')
		.map((m) => `${m.name}: ${cluster.executionsRunBy(m.name).filter((e) => runs.some((r) => r.id === e)).length}`);
	Object.assign(figures, {
		'h: executions per worker': perWorker.join(', '),
		'h: POST /messages sent': sends.length,
		'h: 429s': `${refused} (${((100 * refused) / Math.max(1, sends.length)).toFixed(1)} %)`,
		'h: seconds (first request to last accepted)': Number(wallS.toFixed(2)),
		'h: share of the limit': `${((100 * minimumS) / wallS).toFixed(1)} % (minimum ${minimumS.toFixed(2)} s)`,
		'h: messages delivered': got.length,
		'h: CPU busy (all cores) from the posts to the last execution': `${(100 * cpuBusy).toFixed(0)} %`,
	});
	note(`executions per worker: ${perWorker.join(', ')}; ${sends.length} sent, ${refused} answered 429, ${wallS.toFixed(1)} s`);
	// Where the time goes: accepted sends per second from the first request (a ramp-up or a tail shows here).
	const first = Math.min(...sends.map((r) => r.at));
	const perSecond = new Array<number>(Math.ceil(wallS) + 1).fill(0);
	for (const r of accepted) perSecond[Math.floor((r.at - first) / 1000)]++;
	note(`accepted per second: ${perSecond.join(' ')} (the limits allow ${chats * rule.burst} at once, then ${chats * rule.perSecond}/s)`);
	checkEqual('every execution succeeded', runs.filter((r) => r.status !== 'success').length, 0);
	checkEqual(`all ${messages.length} messages delivered, each once`, got.sort(), messages.map((m) => m.text).sort());
	// Issue 20's goals, printed as figures and checked: ≤ 5 % 429s, ≥ 80 % of the limit.
	check('≤ 5 % of the requests answered 429', refused <= 0.05 * sends.length, refused);
	check('≥ 80 % of the limit', minimumS / wallS >= 0.8, `${((100 * minimumS) / wallS).toFixed(1)} %`);
}
