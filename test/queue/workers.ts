/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test tooling that runs n8n, not node code */
// Parts c-e of the queue-mode suite, about what the workers do: pace requests to one chat, run the
// executions of the Event History Trigger's polls, and fail when they lack the package.
import { check, checkEqual, note } from '../e2e/lib/check';
import { nodeOutput } from '../e2e/lib/n8n';
import { sleep, waitFor } from '../e2e/lib/processes';
import type { Cluster } from './cluster';
import { deliver, executionsSettle, type Figures, finished, ticketEvent, ticketsFor } from './helpers';
import type { DedupeWorkflows } from './redelivery';
import { BULK_CHAT, BULK_PATH, bulkSender, dedupeExample, historyPoller, webhookSuffix } from './workflows';

/** (c) Two workers sending 200 messages to one chat with the current transport. */
export async function twoWorkersOneChat(cluster: Cluster, figures: Figures, requests = 8, perRequest = 25): Promise<void> {
	const { n8n, emulator } = cluster;
	const id = await n8n.createWorkflow(bulkSender(cluster.credentialId));
	await n8n.activate(id);
	await sleep(1500);
	emulator.clearRequests();
	const started = Date.now();
	const texts = Array.from({ length: requests * perRequest }, (_, i) => `bulk ${i + 1}`);
	const answers = await Promise.all(
		Array.from({ length: requests }, async (_, r) => {
			const res = await fetch(cluster.webhookUrl('webhook', BULK_PATH), {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ messages: texts.slice(r * perRequest, (r + 1) * perRequest).map((text) => ({ text })) }),
			});
			return res.status;
		}),
	);
	checkEqual(`${requests} bulk requests answered 200`, answers, answers.map(() => 200));
	const runs = finished(await n8n.waitForExecutions(id, requests, 600_000));
	const seconds = (Date.now() - started) / 1000;
	const perWorker = cluster.members
		.filter((m) => m.role === 'worker')
		.map((m) => `${m.name}: ${cluster.executionsRunBy(m.name).filter((e) => runs.some((r) => r.id === e)).length}`);
	const sends = emulator.requests.filter((r) => r.method === 'POST' && r.path === '/messages');
	const got = [...emulator.state.messages.values()].filter((m) => m.chat_id === BULK_CHAT && m.content.startsWith('bulk '));
	const failedRuns = runs.filter((r) => r.status !== 'success');
	Object.assign(figures, {
		'c: messages asked for': texts.length,
		'c: executions per worker': perWorker.join(', '),
		'c: POST /messages sent': sends.length,
		'c: 429s': sends.filter((r) => r.status === 429).length,
		'c: messages delivered': got.length,
		// An execution stops at its first failed item (the workflow's Send node has no Continue On Fail).
		'c: failed executions': failedRuns.length,
		'c: seconds': Number(seconds.toFixed(1)),
		'c: delivered per second': Number((got.length / seconds).toFixed(2)),
		'c: peak accepted in any 1 s': peakPerSecond(sends.filter((r) => r.status === 201).map((r) => r.at)),
	});
	note(`executions per worker: ${perWorker.join(', ')}`);
	note(`${sends.length} POST /messages, ${String(figures['c: 429s'])} answered 429, ${seconds.toFixed(1)} s`);
	for (const run of failedRuns) note(`execution ${run.id} failed: ${run.data?.resultData?.error?.message ?? '?'}`);
	check('every worker ran executions', perWorker.every((w) => !w.endsWith(': 0')), perWorker);
	checkEqual('every execution succeeded (0 failed items)', failedRuns.map((r) => r.status), []);
	checkEqual(`the chat got all ${texts.length} messages, each once`, got.map((m) => m.content).sort(), [...texts].sort());
}

/** The most requests whose arrival times fall within one second. */
function peakPerSecond(times: number[]): number {
	const sorted = [...times].sort((a, b) => a - b);
	let peak = 0;
	for (let i = 0, j = 0; i < sorted.length; i++) {
		while (sorted[i] - sorted[j] >= 1000) j++;
		peak = Math.max(peak, i - j + 1);
	}
	return peak;
}

/**
 * (d) The Event History Trigger polls from main (the leader), executions run on workers, and each
 * event is emitted once across polls: its seen-state survives the round trip through the database.
 */
export async function eventHistoryPolledOnce(cluster: Cluster, nodeTypes: Set<string>, figures: Figures): Promise<'skipped' | void> {
	if (!nodeTypes.has('n8n-nodes-pachca-bots.pachcaEventHistoryTrigger')) {
		process.stdout.write('    - skipped: not built yet (no Pachca Event History Trigger in this build)\n');
		return 'skipped';
	}
	const { n8n, emulator } = cluster;
	const polls = () => emulator.requests.filter((r) => r.method === 'GET' && r.path === '/webhooks/events').length;
	const items = async (id: string) => finished(await n8n.executions(id)).flatMap((e) => nodeOutput(e, 'History'));
	emulator.clearRequests();
	const id = await n8n.createWorkflow(historyPoller(cluster.credentialId));
	await n8n.activate(id);
	// Activation polls at once: Only New Events marks what the history holds now as seen.
	await waitFor('the activation poll', () => (polls() > 0 ? true : undefined), 30_000);
	await sleep(1000);
	const batches = [emulator.addEvents(4)];
	await waitFor('the first batch emitted', async () => ((await items(id)).length >= 4 ? true : undefined), 60_000);
	batches.push(emulator.addEvents(3));
	await waitFor('the second batch emitted', async () => ((await items(id)).length >= 7 ? true : undefined), 60_000);
	const pollsThen = polls();
	await waitFor('one more poll', () => (polls() > pollsThen ? true : undefined), 30_000);
	await sleep(3000);
	await n8n.deactivate(id);

	const runs = finished(await n8n.executions(id));
	const emitted = await items(id);
	const expected = batches.flat().map((e) => String(e.id));
	const workers = cluster.members.filter((m) => m.role === 'worker');
	const onWorkers = runs.filter((r) => workers.some((w) => cluster.executionsRunBy(w.name).includes(r.id))).length;
	const posted = [...emulator.state.messages.values()].filter((m) => m.content.startsWith('From history: #'));
	Object.assign(figures, {
		'd: events added': expected.length,
		'd: items emitted': emitted.length,
		'd: executions (on workers)': `${runs.length} (${onWorkers})`,
		'd: polls': polls(),
	});
	checkEqual('each event was emitted once, in order', emitted.map((i) => String(i.event_id)), expected);
	checkEqual('each item carries its own delivery_key', new Set(emitted.map((i) => i.delivery_key)).size, expected.length);
	checkEqual('every execution ran on a worker', onWorkers, runs.length);
	checkEqual('the side effect happened once per event', posted.length, expected.length);
	const left = (emulator.state.history.get(emulator.botId) ?? []).filter((e) => expected.includes(e.id));
	checkEqual('the emitted events were acknowledged (deleted from the history)', left.length, 0);
}

/**
 * (e) The deployment pitfall: a webhook process with the package and a worker without it. The
 * delivery is answered 200 (Pachca will not retry) and the execution fails on the worker.
 */
export async function workerWithoutPackage(cluster: Cluster, wfs: DedupeWorkflows, bareFolder: string, figures: Figures): Promise<void> {
	for (const worker of cluster.members.filter((m) => m.role === 'worker')) await cluster.stopMember(worker);
	await cluster.startMember('bare-worker', 'worker', (line) => note(line.replace('[queue] ', '')), bareFolder);
	const suffix = webhookSuffix(dedupeExample(cluster.credentialId));
	const before = (await cluster.n8n.executions(wfs.withPattern)).length;
	const event = ticketEvent(wfs.template, 'reaches a worker without the package');
	const answer = await deliver(cluster, cluster.webhookUrl('webhook', suffix), event);
	figures['e: answer to Pachca'] = answer.status;
	checkEqual('the webhook process (package installed) answered 200: Pachca will not deliver it again', answer.status, 200);
	const [run] = (await executionsSettle(cluster, wfs.withPattern, before + 1)).slice(before);
	figures['e: execution status'] = run.status;
	checkEqual('the execution failed on the worker that lacks the package', run.status, 'error');
	const message = run.data?.resultData?.error?.message ?? '';
	note(`the worker's error: ${message}`);
	checkEqual('no ticket was posted', ticketsFor(cluster, event.id).length, 0);
}
