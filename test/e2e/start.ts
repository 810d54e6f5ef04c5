/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- test tooling that runs n8n and a browser, not node code */
// `npm start`: the product on this machine. Builds and packs the package, installs the e2e n8n if
// missing, starts the emulator (with its chat page) and n8n with the examples imported, and waits
// for Ctrl-C, which stops everything.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { OWNER } from './lib/n8n';
import { EXAMPLES_DIR, REPO_ROOT } from './lib/paths';
import { freePort } from './lib/processes';
import { Stack } from './lib/stack';

/** Examples started right away. 01 and 05 would take the main bot's one URL from 04; 08 would answer /task twice. */
const ACTIVE = ['03-periodic-digest.json', '04-command-reply-in-thread.json', '06-button-click-callback.json', '07-monitoring-alert.json'];

/** The wanted port if it is free on 127.0.0.1, else any free one. */
async function portOr(wanted: number): Promise<number> {
	const free = await new Promise<boolean>((resolve) => {
		const srv = net.createServer().once('error', () => resolve(false));
		srv.listen(wanted, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
	return free ? wanted : await freePort();
}

async function main(): Promise<void> {
	execFileSync('bash', [path.join(REPO_ROOT, 'test/e2e/install.sh')], { stdio: 'inherit' });
	const stack = await Stack.up({
		emulatorPort: await portOr(Number(process.env.PACHCA_EMULATOR_PORT ?? 8787)),
		n8nPort: await portOr(Number(process.env.N8N_PORT ?? 5678)),
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

	const imported: string[] = [];
	for (const file of fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')).sort()) {
		const id = await stack.importExample(file);
		if (ACTIVE.includes(file)) await stack.n8n.activate(id);
		imported.push(`    ${ACTIVE.includes(file) ? 'active  ' : 'inactive'} ${stack.n8n.url}/workflow/${id}  (${file})`);
	}
	const port = new URL(stack.emulator.baseUrl).port;
	const lines = [
		'',
		'n8n with n8n-nodes-pachca-bots is running against the Pachca emulator.',
		'',
		`  Editor:      ${stack.n8n.url}`,
		`  Login:       ${OWNER.email} / ${OWNER.password}`,
		`  Chat page:   ${stack.chatPageUrl}   (post as a user, click the bot's buttons)`,
		`  Pachca API:  ${stack.emulator.baseUrl}   (credentials "Pachca (emulator)", "… alerts bot …", "… admin …")`,
		'  Workflows:',
		...imported,
		'',
		'  Try: post "/task buy milk" in #General on the chat page, or from a shell:',
		`    PACHCA_EMULATOR_PORT=${port} npm run emulator -- send --chat 1000 --user 13 "/task buy milk"`,
		`    curl -X POST ${stack.webhookUrl('07-monitoring-alert.json', 'Monitoring Alert')} -H 'Content-Type: application/json' \\`,
		`      -d '{"id":"db-1","severity":"critical","title":"Disk 91% full on db-1"}'`,
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
