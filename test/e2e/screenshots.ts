/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling that runs n8n and a browser, not node code */
// `npm run screenshots`: the browser checks of the e2e suite (editor, a new Pachca node, the chat page
// with an approval) against a fresh stand, then the README's pictures copied from their screenshots
// into docs/. Commit the PNGs only if they changed in what they show. `npm run screenshots -- chat-page`
// runs only the steps named (ids with - for spaces) and leaves docs/ alone.
import fs from 'node:fs';
import path from 'node:path';
import { BROWSER_STEPS } from './browser-steps';
import { ensureN8n } from './lib/install';
import { E2E_DIR, REPO_ROOT } from './lib/paths';
import { copyDocShots } from './lib/screenshots';
import { Stack } from './lib/stack';

async function main(): Promise<void> {
	await ensureN8n();
	const stack = await Stack.up();
	try {
		const out = path.join(E2E_DIR, 'output');
		fs.rmSync(out, { recursive: true, force: true });
		fs.mkdirSync(out, { recursive: true });
		const only = process.argv.slice(2);
		for (const [id, title, step] of BROWSER_STEPS) {
			if (only.length > 0 && !only.includes(id.replace(/ /g, '-'))) continue;
			process.stdout.write(`\n== ${title}\n`);
			await step(stack, out);
		}
		if (only.length > 0) process.stdout.write(`\nscreenshots in ${out}; docs/ left as it was\n`);
		else process.stdout.write(`\ndocs/: ${copyDocShots(out, path.join(REPO_ROOT, 'docs')).join(', ')}\n`);
	} finally {
		await stack.down();
	}
}

main().catch((e: unknown) => {
	process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
	process.exit(1);
});
