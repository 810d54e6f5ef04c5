/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a child process of the benchmark */
// One "n8n worker" of scenario H: its own process (so its own pacing state, as in queue mode), running
// the executions it was dealt through n8n-core, up to 10 at once like an n8n worker. It says "ready"
// once loaded, starts on "go" (stdin), and prints its failed items as JSON.
import type { IDataObject } from 'n8n-workflow';
import { runAction } from '../harness/run';
import { sendParameters } from './scenarios';

interface Job {
	baseUrl: string;
	token: string;
	processes: number;
	executions: IDataObject[][];
}

const CONCURRENCY = 10; // n8n's default worker concurrency

async function main() {
	const job = JSON.parse(process.argv[2]) as Job;
	const credentials = { baseUrl: job.baseUrl, accessToken: job.token, signingSecret: '', webhookAllowedIps: '', sharingProcesses: job.processes };
	process.stdout.write('ready\n');
	await new Promise((resolve) => process.stdin.once('data', resolve));
	const queue = [...job.executions];
	let failed = 0;
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			for (let items = queue.shift(); items; items = queue.shift()) {
				const result = await runAction({ parameters: sendParameters, credentials, continueOnFail: true }, items);
				failed += result.items.filter((item) => item.json.error !== undefined).length;
			}
		}),
	);
	process.stdout.write(`${JSON.stringify({ failed })}\n`);
	process.exit(0);
}

main().catch((error) => {
	process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
	process.exit(1);
});
