/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling that runs n8n and a browser, not node code */
// `npm start`: the product on this machine. Installs the e2e n8n if missing while it builds and packs
// the package and starts the emulator (with its chat page), then n8n with the examples imported; it
// tells how far each step is, and waits for Ctrl-C, which stops everything.
import fs from 'node:fs';
import net from 'node:net';
import { ensureN8n } from './lib/install';
import { EXAMPLES_DIR } from './lib/paths';
import { freePort } from './lib/processes';
import { seconds, withStep } from './lib/progress';

/** The wanted port if it is free on 127.0.0.1, else any free one. */
async function portOr(wanted: number): Promise<number> {
	const free = await new Promise<boolean>((resolve) => {
		const srv = net.createServer().once('error', () => resolve(false));
		srv.listen(wanted, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
	return free ? wanted : await freePort();
}

async function main(): Promise<void> {
	const started = Date.now();
	const toolchain = ensureN8n();
	toolchain.catch(() => undefined); // awaited by Stack.up; this only keeps an early failure from going unhandled
	// Loaded after the install has started (and said so): compiling the emulator takes a few seconds.
	const [{ Stack }, { ACTIVE_EXAMPLES, tryLines }, { OWNER }] = await Promise.all([import('./lib/stack'), import('./lib/demo'), import('./lib/n8n')]);
	const stack = await Stack.up({
		emulatorPort: await portOr(Number(process.env.PACHCA_EMULATOR_PORT ?? 8787)),
		n8nPort: await portOr(Number(process.env.N8N_PORT ?? 5678)),
		toolchain,
	});
	let stopping = false;
	const shutdown = () => {
		if (stopping) return;
		stopping = true;
		process.stdout.write('\nStopping n8n and the emulator...\n');
		void stack.down().then(() => process.exit(0));
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);

	const imported = await withStep('start', 'importing the examples', async () => {
		const lines: string[] = [];
		for (const file of fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')).sort()) {
			const id = await stack.importExample(file);
			const active = ACTIVE_EXAMPLES.includes(file);
			if (active) await stack.n8n.activate(id);
			lines.push(`    ${active ? 'active  ' : 'inactive'} ${stack.n8n.url}/workflow/${id}  (${file})`);
		}
		return lines;
	});
	const lines = [
		'',
		`n8n with n8n-nodes-pachca-bots is running against the Pachca emulator (ready in ${seconds(Date.now() - started)}).`,
		'',
		`  Editor:      ${stack.n8n.url}`,
		`  Login:       ${OWNER.email} / ${OWNER.password}`,
		`  Chat page:   ${stack.chatPageUrl}   (post as a user, click the bots' buttons)`,
		`  Pachca API:  ${stack.emulator.baseUrl}`,
		'  Workflows:',
		...imported,
		'',
		...tryLines(stack),
		'',
		`  n8n log: ${stack.n8n.logFile}`,
		'Press Ctrl-C to stop everything.',
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
	process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
	process.exit(1);
});
