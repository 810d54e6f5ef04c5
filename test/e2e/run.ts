/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling that runs n8n and a browser, not node code */
// `npm run test:e2e`: installs the e2e n8n if needed, brings up emulator + n8n with the packed
// package, runs every scenario of scenarios.ts and the editor check in Chromium, prints what each
// asserted and which scenarios ran, and tears everything down (also on failure or Ctrl-C).
import fs from 'node:fs';
import path from 'node:path';
import { BROWSER_STEPS } from './browser-steps';
import { check } from './lib/check';
import { writeCounts } from './lib/counts';
import { ensureN8n } from './lib/install';
import { E2E_DIR } from './lib/paths';
import { copyDocShots } from './lib/screenshots';
import { PACKAGE_TYPE, type NodeTypeInfo, type ScenarioContext } from './lib/scenario';
import { Stack } from './lib/stack';
import { scenarios } from './scenarios';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
	const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
	const withBrowser = !process.argv.includes('--no-browser');
	const t0 = Date.now();
	await ensureN8n();
	const installMs = Date.now() - t0;

	const stack = await Stack.up({ keepFiles: process.env.E2E_KEEP === '1' });
	const stop = () => void stack.down().then(() => process.exit(130));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	const results: Array<{ id: string; title: string; outcome: 'passed' | 'FAILED' | 'not built yet' | 'no assertions yet'; ms: number }> = [];
	const suiteStart = Date.now();
	try {
		const ctx: ScenarioContext = { stack, n8n: stack.n8n, nodeTypes: await stack.n8n.nodeTypes<NodeTypeInfo>() };
		process.stdout.write('\n== Package loaded as a community install\n');
		for (const node of ['pachca', 'pachcaTrigger']) {
			check(`n8n lists node type ${PACKAGE_TYPE(node)}`, ctx.nodeTypes.has(PACKAGE_TYPE(node)));
		}
		for (const s of scenarios) {
			if (only.length > 0 && !only.includes(s.id)) continue;
			const started = Date.now();
			process.stdout.write(`\n== Scenario ${s.id}: ${s.title}\n`);
			if (!s.available(ctx) || !s.run) {
				const outcome = s.available(ctx) ? 'no assertions yet' : 'not built yet';
				process.stdout.write(`    - ${outcome}: skipped\n`);
				results.push({ id: s.id, title: s.title, outcome, ms: 0 });
				continue;
			}
			try {
				await s.run(ctx);
				results.push({ id: s.id, title: s.title, outcome: 'passed', ms: Date.now() - started });
			} catch (e) {
				process.stdout.write(`    ✗ ${e instanceof Error ? e.message : String(e)}\n`);
				results.push({ id: s.id, title: s.title, outcome: 'FAILED', ms: Date.now() - started });
			}
		}
		if (withBrowser && only.length === 0) {
			const out = path.join(E2E_DIR, 'output');
			fs.rmSync(out, { recursive: true, force: true });
			fs.mkdirSync(out, { recursive: true });
			for (const [id, title, step] of BROWSER_STEPS) {
				const started = Date.now();
				process.stdout.write(`\n== ${title}\n`);
				try {
					await step(stack, out);
					results.push({ id, title, outcome: 'passed', ms: Date.now() - started });
				} catch (e) {
					process.stdout.write(`    ✗ ${e instanceof Error ? e.message : String(e)}\n`);
					results.push({ id, title, outcome: 'FAILED', ms: Date.now() - started });
				}
			}
			// The README's pictures, as `npm run screenshots` would copy them to docs/.
			if (results.every((r) => r.outcome !== 'FAILED')) {
				try {
					process.stdout.write(`    README pictures: ${copyDocShots(out, path.join(out, 'docs')).join(', ')}\n`);
				} catch (e) {
					process.stdout.write(`    ✗ ${e instanceof Error ? e.message : String(e)}\n`);
					results.push({ id: 'pictures', title: 'README pictures from the screenshots', outcome: 'FAILED', ms: 0 });
				}
			}
			process.stdout.write(`    screenshots: ${out}\n`);
		}
	} finally {
		await stack.down();
	}
	process.stdout.write('\n== Summary\n');
	for (const r of results) process.stdout.write(`  ${r.outcome.padEnd(17)} ${r.id.padEnd(10)} ${r.ms ? seconds(r.ms).padStart(7) : '       '}  ${r.title}\n`);
	process.stdout.write(
		`  timings: install check ${seconds(installMs)}, build+pack+install ${seconds(stack.timings.packMs)}, ` +
			`n8n start ${seconds(stack.timings.n8nStartMs)}, suite ${seconds(Date.now() - suiteStart)}\n`,
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
