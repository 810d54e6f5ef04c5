/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test tooling that runs n8n, not node code */
// Parts a-b'' of the queue-mode suite: a delivery through the webhook process to a worker, and one
// event's copies reaching different n8n processes, with and without a shared dedupe on delivery_key.
import { check, checkEqual, note } from '../e2e/lib/check';
import { nodeOutput } from '../e2e/lib/n8n';
import { sleep, waitFor } from '../e2e/lib/processes';
import type { Cluster } from './cluster';
import { deliver, executionsSettle, type Figures, nextMessageId, redelivery, ticketEvent, ticketsFor } from './helpers';
import { atomicClaim, CLAIMS_TABLE, DEDUPE_NODE, dedupeExample, POSTGRES_CREDENTIAL, webhookSuffix, withoutPattern } from './workflows';

/** The dedupe example, its variant without Remove Duplicates, and a /ticket event to copy. */
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

	const sent = await emulator.emitWebhook('message.new', { id: nextMessageId(), content: '/ticket printer is jammed' });
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
			// The two executions may finish (and be listed) in either order: one passes, the other is dropped.
			const passedThrough = runs.map((r) => nodeOutput(r, DEDUPE_NODE).length).sort();
			checkEqual('Remove Duplicates passed one execution and dropped the other', passedThrough, [0, 1]);
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
