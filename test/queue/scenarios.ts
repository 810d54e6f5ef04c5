/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// What the queue-mode suite proves, one function per part of issue 13; each prints what it checked
// and returns the figures it measured for the summary.
import { signBody } from '../emulator';
import { check, checkEqual, note } from '../e2e/lib/check';
import { nodeOutput, type Execution } from '../e2e/lib/n8n';
import { sleep, waitFor } from '../e2e/lib/processes';
import type { Cluster } from './cluster';
import {
	atomicClaim, BULK_CHAT, BULK_PATH, bulkSender, CLAIMS_TABLE, DEDUPE_NODE, dedupeExample, historyPoller, POSTGRES_CREDENTIAL,
	TICKETS_CHAT, webhookSuffix, withoutPattern,
} from './workflows';

export type Figures = Record<string, number | string>;

const now = () => Math.floor(Date.now() / 1000);
let nextMessageId = 880_000;

/** POSTs a payload signed as Pachca would (a redelivery = the same payload, a later timestamp). */
async function deliver(cluster: Cluster, url: string, payload: Record<string, unknown>): Promise<{ status: number; body: string }> {
	const rawBody = JSON.stringify(payload);
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'pachca-signature': signBody(rawBody, cluster.emulator.signingSecret) },
		body: rawBody,
	});
	return { status: res.status, body: await res.text() };
}

/** A /ticket message event as Pachca sends it, for a message of its own. */
function ticketEvent(template: Record<string, unknown>, text: string): Record<string, unknown> {
	const id = ++nextMessageId;
	return { ...template, id, content: `/ticket ${text}`, url: `https://app.pachca.com/chats/1000?message=${id}`, webhook_timestamp: now() };
}

const redelivery = (payload: Record<string, unknown>, secondsLater: number) => ({ ...payload, webhook_timestamp: now() + secondsLater });

const ticketsFor = (cluster: Cluster, messageId: unknown) =>
	[...cluster.emulator.state.messages.values()].filter(
		(m) => m.chat_id === TICKETS_CHAT && m.content.startsWith(`Ticket from message #${String(messageId)}:`),
	);

/** Finished executions, oldest first. */
const finished = (list: Execution[]) =>
	list.filter((e) => !['running', 'new', 'waiting'].includes(e.status)).sort((a, b) => Number(a.id) - Number(b.id));

/** Waits for `count` finished executions, then makes sure no other one follows. */
async function executionsSettle(cluster: Cluster, workflowId: string, count: number): Promise<Execution[]> {
	await cluster.n8n.waitForExecutions(workflowId, count, 60_000);
	await sleep(2000);
	const list = await cluster.n8n.executions(workflowId);
	checkEqual(`workflow ${workflowId} has ${count} execution(s) and no more`, list.length, count);
	return finished(list);
}

export interface DedupeWorkflows {
	withPattern: string;
	without: string;
	template: Record<string, unknown>;
}

/** (a) A signed delivery to the webhook process runs on a worker; the action's request reaches Pachca. */
export async function deliveryRunsOnWorker(cluster: Cluster, figures: Figures): Promise<DedupeWorkflows> {
	const { n8n, emulator } = cluster;
	const example = dedupeExample(cluster.credentialId);
	const withPattern = await n8n.createWorkflow(example);
	await n8n.activate(withPattern);
	const url = cluster.webhookUrl('webhook', webhookSuffix(example));
	await waitFor(`the bot's webhook URL to become the webhook process's ${url}`, () =>
		emulator.state.bots.get(emulator.botId)?.webhook.outgoing_url === url ? true : undefined,
	);
	check('activation on main registered the webhook process URL (WEBHOOK_URL) with Pachca', true);
	await sleep(1500); // n8n answers 404 for a moment right after activation

	const sent = await emulator.emitWebhook('message.new', { id: ++nextMessageId, content: '/ticket printer is jammed' });
	checkEqual('the emulator\'s signed delivery to the webhook process was answered 200', sent.status, 200);
	const [run] = await executionsSettle(cluster, withPattern, 1);
	checkEqual('the execution succeeded', run.status, 'success');
	const workers = cluster.members.filter((m) => m.role === 'worker').map((m) => m.name);
	const ranOn = workers.filter((w) => cluster.executionsRunBy(w).includes(run.id));
	checkEqual(`a worker ran it (worker logs: ${ranOn.join(', ') || 'none'})`, ranOn.length, 1);
	const key = nodeOutput(run, 'On /ticket')[0]?.delivery_key;
	check('the trigger item carries a delivery_key', typeof key === 'string' && /^[0-9a-f]{64}$/.test(key), key);
	const posted = emulator.requests.filter((r) => r.method === 'POST' && r.path === '/messages' && r.status === 201);
	checkEqual('the action node\'s POST /messages reached the emulator once', posted.length, 1);
	checkEqual('#Reports got the ticket', ticketsFor(cluster, sent.payload.id).map((m) => m.content), [
		`Ticket from message #${String(sent.payload.id)}: printer is jammed`,
	]);

	const without = await n8n.createWorkflow(withoutPattern(cluster.credentialId));
	await n8n.activate(without);
	figures['a: worker that ran it'] = ranOn.join(',');
	return { withPattern, without, template: sent.payload };
}

/**
 * (b) One event delivered to main, then again to the webhook process, then again to main: the
 * in-memory dedupe of each process sees only its own, Remove Duplicates on delivery_key sees all.
 */
export async function redeliveryAcrossProcesses(cluster: Cluster, wfs: DedupeWorkflows, figures: Figures): Promise<void> {
	for (const [label, workflowId, previous, suffixOf] of [
		['with Remove Duplicates', wfs.withPattern, 1, dedupeExample],
		['without it', wfs.without, 0, withoutPattern],
	] as const) {
		note(`${label}: one event → main, redelivery → webhook process, redelivery → main`);
		const suffix = webhookSuffix(suffixOf(cluster.credentialId));
		const event = ticketEvent(wfs.template, `redelivered ${label}`);
		const answers = [
			await deliver(cluster, cluster.webhookUrl('main', suffix), event),
			await deliver(cluster, cluster.webhookUrl('webhook', suffix), redelivery(event, 1)),
		];
		await cluster.n8n.waitForExecutions(workflowId, previous + 2, 60_000);
		answers.push(await deliver(cluster, cluster.webhookUrl('main', suffix), redelivery(event, 2)));
		checkEqual('all three deliveries answered 200 (Pachca stops retrying)', answers.map((a) => a.status), [200, 200, 200]);
		check('main recognised its own repeat in memory ({"status":"duplicate"})', answers[2].body.includes('duplicate'), answers[2].body);
		const runs = (await executionsSettle(cluster, workflowId, previous + 2)).slice(previous);
		checkEqual('both executions succeeded', runs.map((r) => r.status), ['success', 'success']);
		const tickets = ticketsFor(cluster, event.id).length;
		figures[`b: executions per event (3 deliveries), ${label}`] = runs.length;
		figures[`b: side effects per event, ${label}`] = tickets;
		if (workflowId === wfs.withPattern) {
			checkEqual('Remove Duplicates passed the first and dropped the second', runs.map((r) => nodeOutput(r, DEDUPE_NODE).length), [1, 0]);
			checkEqual('the side effect happened once', tickets, 1);
		} else {
			checkEqual('without the pattern the side effect happened twice (the problem the pattern solves)', tickets, 2);
		}
	}
}

/**
 * (b', b'') The same redelivery reaching main and the webhook process at the same moment. n8n's Remove
 * Duplicates reads and then writes its list without a lock, so for it this is measured, not promised;
 * the atomic claim (INSERT … ON CONFLICT DO NOTHING) must give exactly one side effect per event.
 */
export async function simultaneousRedeliveries(
	cluster: Cluster,
	target: { label: string; workflowId: string; suffix: string; exactlyOnce: boolean },
	figures: Figures,
	template: Record<string, unknown>,
	events = Number(process.env.QUEUE_SIMULTANEOUS ?? 10),
): Promise<void> {
	const before = (await cluster.n8n.executions(target.workflowId)).length;
	const sent: Array<Record<string, unknown>> = [];
	for (let i = 0; i < events; i++) {
		const event = ticketEvent(template, `simultaneous ${target.label} ${i}`);
		sent.push(event);
		const answers = await Promise.all([
			deliver(cluster, cluster.webhookUrl('main', target.suffix), event),
			deliver(cluster, cluster.webhookUrl('webhook', target.suffix), redelivery(event, 1)),
		]);
		checkEqual(`event ${i}: both copies answered 200`, answers.map((a) => a.status), [200, 200]);
	}
	const runs = (await executionsSettle(cluster, target.workflowId, before + 2 * events)).slice(before);
	const doubled = sent.filter((e) => ticketsFor(cluster, e.id).length > 1).length;
	const lost = sent.filter((e) => ticketsFor(cluster, e.id).length === 0).length;
	const failed = runs.filter((r) => r.status !== 'success');
	Object.assign(figures, {
		[`simultaneous, ${target.label}: events sent to both at once`]: events,
		[`simultaneous, ${target.label}: events with a double side effect`]: doubled,
		[`simultaneous, ${target.label}: failed executions`]: failed.length,
	});
	note(`${doubled}/${events} events had their side effect twice, ${failed.length} execution(s) failed`);
	for (const run of failed) note(`execution ${run.id} failed: ${run.data?.resultData?.error?.message ?? '?'}`);
	check(`no event lost its side effect (${events} events)`, lost === 0, { lost });
	if (target.exactlyOnce) {
		checkEqual('every event had its side effect exactly once', doubled, 0);
		checkEqual('no execution failed', failed.length, 0);
	}
}

/** (b'') The atomic claim: the claims table in n8n's Postgres, a Postgres credential, the variant. */
export async function atomicClaimWorkflow(cluster: Cluster): Promise<{ workflowId: string; suffix: string }> {
	cluster.sql(`CREATE TABLE ${CLAIMS_TABLE} (delivery_key text PRIMARY KEY, claimed_at timestamptz NOT NULL DEFAULT now())`);
	const postgres = await cluster.postgresCredential(POSTGRES_CREDENTIAL);
	const wf = atomicClaim(cluster.credentialId, postgres);
	const workflowId = await cluster.n8n.createWorkflow(wf);
	await cluster.n8n.activate(workflowId);
	await sleep(1500);
	return { workflowId, suffix: webhookSuffix(wf) };
}

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
