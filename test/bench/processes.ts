/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- a command-line tool that starts its own worker processes */
// Scenario H without Redis and Postgres: three processes (test/bench/worker.ts), each pacing on its own
// as n8n workers in queue mode do, share one bot token; the credential says 3 processes share it. The
// executions are dealt unevenly (14, 10, 6), as a queue may: the busier worker must borrow what the
// others leave. The queue-mode suite's part h measures the same with real n8n workers.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { PachcaEmulator } from '../emulator';
import { RATE_LIMIT_RULES } from '../emulator';
import type { Work } from './scenarios';
import { minimumSeconds, sendItems } from './scenarios';

const DEALT = [14, 10, 6];

function startWorker(job: object) {
	const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'worker.ts'), JSON.stringify(job)], {
		env: { ...process.env, TS_NODE_PREFER_TS_EXTS: 'true' },
		stdio: ['pipe', 'pipe', 'inherit'],
	});
	let out = '';
	const lines: Array<(line: string) => void> = [];
	child.stdout.on('data', (chunk: Buffer) => {
		out += chunk.toString();
		for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n')) {
			const line = out.slice(0, i);
			out = out.slice(i + 1);
			lines.shift()?.(line);
		}
	});
	const nextLine = () =>
		new Promise<string>((resolve, reject) => {
			lines.push(resolve);
			child.once('exit', (code) => reject(new Error(`bench worker exited with ${code}`)));
		});
	return { ready: nextLine(), go: () => child.stdin.write('go\n'), done: nextLine() };
}

/** H: 1,000 messages to 20 chats as 30 executions over three processes sharing the token. */
export function sharedTokenWork(emulator: PachcaEmulator): Work {
	const executions = DEALT.reduce((a, b) => a + b, 0);
	const perChat = 50;
	const work: Work = {
		name: `H: 1,000 messages to 20 chats, ${executions} executions over 3 processes sharing the token`,
		items: 20 * perChat,
		minimumS: minimumSeconds(perChat, RATE_LIMIT_RULES.messagesWrite),
		expectedMessages: 20 * perChat,
		goal: '≤ 5 % 429s, ≥ 80 %, none lost or sent twice',
		node: async (token) => {
			work.sentTo = Array.from({ length: 20 }, (_, i) => emulator.addChat({ name: `shared ${i}` }).id);
			const items = sendItems(work.sentTo, perChat);
			const size = Math.ceil(items.length / executions);
			const all = Array.from({ length: executions }, (_, e) => items.slice(e * size, (e + 1) * size));
			let dealt = 0;
			const workers = DEALT.map((count) => {
				const job = { baseUrl: emulator.baseUrl, token, processes: DEALT.length, executions: all.slice(dealt, (dealt += count)) };
				return startWorker(job);
			});
			await Promise.all(workers.map(async (w) => await w.ready));
			work.startedAt = Date.now();
			for (const w of workers) w.go();
			const results = await Promise.all(workers.map(async (w) => JSON.parse(await w.done) as { failed: number }));
			return results.reduce((sum, r) => sum + r.failed, 0);
		},
	};
	return work;
}
