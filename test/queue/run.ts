/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- test tooling that runs n8n, Redis and Postgres, not node code */
// `npm run test:queue`: n8n in queue mode (Redis + Postgres, main + webhook process + two workers)
// with our packed package, against the emulator. Runs the parts of issue 13 in order, prints what each
// asserted and the figures it measured, tears everything down (also on failure or Ctrl-C).
// KEEP_QUEUE_FILES=1 keeps the work folder with every process's log; QUEUE_WORKERS sets the workers (2),
// QUEUE_SIMULTANEOUS the events sent to two processes at once in b' and b'' (10).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../e2e/lib/paths';
import { writeCounts } from '../e2e/lib/counts';
import { Cluster } from './cluster';
import type { Figures } from './helpers';
import {
	atomicClaimWorkflow, deliveryRunsOnWorker, redeliveryAcrossProcesses, simultaneousRedeliveries, type DedupeWorkflows,
} from './redelivery';
import { sharedTokenManyChats } from './shared-token';
import { eventHistoryPolledOnce, twoWorkersOneChat, workerWithoutPackage } from './workers';
import { dedupeExample, webhookSuffix } from './workflows';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
	const t0 = Date.now();
	execFileSync('bash', [path.join(REPO_ROOT, 'test/e2e/install.sh')], { stdio: 'inherit' });
	const installMs = Date.now() - t0;

	// QUEUE_WORKERS=1 measures part c with a single worker, for comparison.
	const cluster = await Cluster.up(Number(process.env.QUEUE_WORKERS ?? 2), log);
	const stop = () => void cluster.down().then(() => process.exit(130));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	const results: Array<{ id: string; title: string; outcome: string; ms: number }> = [];
	const figures: Figures = {};
	const suiteStart = Date.now();
	let dedupe: DedupeWorkflows | undefined;

	// `npm run test:queue -- c e` runs only those parts (and a, which the others build on).
	const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
	const part = async (id: string, title: string, run: () => Promise<unknown> | unknown) => {
		if (only.length > 0 && id !== 'a' && !only.includes(id)) return;
		const started = Date.now();
		log(`\n== ${id}: ${title}`);
		try {
			const out = await run();
			results.push({ id, title, outcome: out === 'skipped' ? 'skipped' : 'passed', ms: Date.now() - started });
		} catch (e) {
			log(`    ✗ ${e instanceof Error ? e.message : String(e)}`);
			results.push({ id, title, outcome: 'FAILED', ms: Date.now() - started });
		}
	};
	const needsDedupe = () => {
		if (!dedupe) throw new Error('part a failed: its workflows are missing');
		return dedupe;
	};

	try {
		await part('a', 'A signed delivery to the webhook process runs on a worker and reaches Pachca', async () => {
			dedupe = await deliveryRunsOnWorker(cluster, figures);
		});
		await part('b', 'A redelivery to main and to the webhook process: one side effect with Remove Duplicates', () =>
			redeliveryAcrossProcesses(cluster, needsDedupe(), figures),
		);
		await part("b'", 'The same redelivery reaching main and the webhook process at the same moment: Remove Duplicates (measured)', () => {
			const { withPattern, template } = needsDedupe();
			const suffix = webhookSuffix(dedupeExample(cluster.credentialId));
			return simultaneousRedeliveries(cluster, { label: 'Remove Duplicates', workflowId: withPattern, suffix, exactlyOnce: false }, figures, template);
		});
		await part("b''", 'The same, with the key claimed atomically in Postgres: exactly one side effect', async () => {
			const { workflowId, suffix } = await atomicClaimWorkflow(cluster);
			const target = { label: 'atomic claim', workflowId, suffix, exactlyOnce: true };
			await simultaneousRedeliveries(cluster, target, figures, needsDedupe().template);
		});
		await part('c', `${cluster.members.filter((m) => m.role === 'worker').length} worker(s) sending 200 messages to one chat`, () => twoWorkersOneChat(cluster, figures));
		const nodeTypes = new Set((await cluster.n8n.nodeTypes()).keys());
		await part('d', 'The Event History Trigger polls from main, its events emitted once', () => eventHistoryPolledOnce(cluster, nodeTypes, figures));
		// Heavy (1,000 messages): only when asked for, `QUEUE_WORKERS=3 npm run test:queue -- h`.
		if (only.includes('h')) {
			const workers = cluster.members.filter((m) => m.role === 'worker').length;
			await part('h', `${workers} workers sharing one bot token: 1,000 messages over 20 chats`, () => sharedTokenManyChats(cluster, figures));
		}
		await part('e', 'Pitfall: a worker without the package (webhook process has it)', () => {
			const bare = path.join(cluster.dir, 'bare-worker');
			fs.mkdirSync(bare, { recursive: true });
			return workerWithoutPackage(cluster, needsDedupe(), bare, figures);
		});
	} finally {
		await cluster.down();
	}

	log('\n== Summary');
	for (const r of results) log(`  ${r.outcome.padEnd(8)} ${r.id.padEnd(3)} ${r.ms ? seconds(r.ms).padStart(7) : '       '}  ${r.title}`);
	log('  figures:');
	for (const [name, value] of Object.entries(figures)) log(`    ${name}: ${value}`);
	const starts = Object.entries(cluster.timings)
		.filter(([name]) => name.endsWith('StartMs'))
		.map(([name, ms]) => `${name.replace('StartMs', '')} ${seconds(ms)}`);
	log(
		`  timings: install check ${seconds(installMs)}, redis+postgres ${seconds(cluster.timings.servicesMs)}, ` +
			`build+pack+install ${seconds(cluster.timings.packMs)}, start: ${starts.join(', ')}, ` +
			`suite ${seconds(Date.now() - suiteStart)}, total ${seconds(Date.now() - t0)}`,
	);
	writeCounts(results.map((r) => r.outcome));
	return results.some((r) => r.outcome === 'FAILED') ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(e: unknown) => {
		process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
		process.exit(1);
	},
);
