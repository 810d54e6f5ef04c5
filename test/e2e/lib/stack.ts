/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- test tooling that runs n8n and a browser, not node code */
// The whole stand: the Pachca emulator (in this process, so the suite can read its request log and
// state), seeded with the demo world, and a real n8n with our packed package, an owner, an API key
// and the Pachca credentials pointing at the emulator. `down()` stops and removes everything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PachcaEmulator } from '../../emulator';
import { chatPageHandler } from '../../emulator/ui/api';
import { seedDemo, type Demo } from '../../emulator/ui/seed';
import { N8n, type WorkflowJson } from './n8n';
import { buildAndPack, installIntoN8n } from './package';
import { EXAMPLES_DIR, E2E_DIR } from './paths';

/** The credential names the example workflows refer to. */
export const CREDENTIALS = {
	main: 'Pachca (emulator)',
	alerts: 'Pachca alerts bot (emulator)',
	/** The emulator's admin (a user token): for the Bot resource's user-token operations. */
	admin: 'Pachca admin (emulator)',
} as const;

export interface StackOptions {
	emulatorPort?: number;
	n8nPort?: number;
	/** Keep the work folder after `down()` (npm start keeps nothing either; for debugging). */
	keepFiles?: boolean;
	log?: (line: string) => void;
}

export class Stack {
	readonly credentialIds = new Map<string, string>();
	readonly timings: Record<string, number> = {};

	private constructor(
		readonly dir: string,
		readonly emulator: PachcaEmulator,
		readonly demo: Demo,
		readonly n8n: N8n,
		private readonly options: StackOptions,
	) {}

	static async up(options: StackOptions = {}): Promise<Stack> {
		const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
		fs.mkdirSync(E2E_DIR, { recursive: true });
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-e2e-'));
		const logFile = path.join(dir, 'setup.log');
		let emulator: PachcaEmulator | undefined;
		let n8n: N8n | undefined;
		try {
			let t = Date.now();
			log('[stack] building and packing the package...');
			const tarball = await buildAndPack(dir, logFile);
			await installIntoN8n(dir, tarball, logFile);
			const packed = Date.now() - t;
			log(`[stack] installed ${path.basename(tarball)} into ${dir}/.n8n/nodes (${packed} ms)`);

			emulator = await PachcaEmulator.start({ port: options.emulatorPort ?? 0, rateLimits: true });
			const demo = seedDemo(emulator);
			emulator.servePages(chatPageHandler(emulator, demo));

			t = Date.now();
			log('[stack] starting n8n 2.41.1...');
			n8n = await N8n.start(dir, options.n8nPort);
			const started = Date.now() - t;
			log(`[stack] n8n ready at ${n8n.url} in ${started} ms (log: ${n8n.logFile})`);
			await n8n.setUp();
			const stack = new Stack(dir, emulator, demo, n8n, options);
			stack.timings.packMs = packed;
			stack.timings.n8nStartMs = started;
			await stack.createCredentials();
			return stack;
		} catch (e) {
			await n8n?.stop();
			await emulator?.stop();
			if (!options.keepFiles) fs.rmSync(dir, { recursive: true, force: true });
			throw e;
		}
	}

	async down(): Promise<void> {
		await this.n8n.stop();
		await this.emulator.stop();
		if (!this.options.keepFiles) fs.rmSync(this.dir, { recursive: true, force: true });
	}

	get chatPageUrl(): string {
		return `${new URL(this.emulator.baseUrl).origin}/ui`;
	}

	private async createCredentials(): Promise<void> {
		const common = { baseUrl: this.emulator.baseUrl, webhookAllowedIps: '', allowedHttpRequestDomains: 'all' };
		this.credentialIds.set(
			CREDENTIALS.main,
			await this.n8n.createCredential(CREDENTIALS.main, 'pachcaApi', {
				...common, accessToken: this.emulator.botToken, signingSecret: this.emulator.signingSecret,
			}),
		);
		this.credentialIds.set(
			CREDENTIALS.alerts,
			await this.n8n.createCredential(CREDENTIALS.alerts, 'pachcaApi', {
				...common, accessToken: this.demo.alertsBot.token, signingSecret: this.demo.alertsBot.signingSecret,
			}),
		);
		this.credentialIds.set(
			CREDENTIALS.admin,
			// Its triggers register for the main bot (Bot ID 9001), so they check that bot's signatures.
			await this.n8n.createCredential(CREDENTIALS.admin, 'pachcaApi', {
				...common, accessToken: this.emulator.userToken, signingSecret: this.emulator.signingSecret,
			}),
		);
	}

	/** An example workflow with its credentials resolved by name; `patch` may adjust it for a test. */
	readExample(file: string): WorkflowJson {
		const wf = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')) as WorkflowJson;
		for (const node of wf.nodes) {
			for (const ref of Object.values(node.credentials ?? {})) {
				const id = this.credentialIds.get(ref.name);
				if (!id) throw new Error(`${file}: node "${node.name}" uses an unknown credential "${ref.name}"`);
				ref.id = id;
			}
		}
		return wf;
	}

	async importExample(file: string, patch?: (wf: WorkflowJson) => void): Promise<string> {
		const wf = this.readExample(file);
		patch?.(wf);
		return await this.n8n.createWorkflow(wf);
	}

	/** The production URL of a webhook node of an example (trigger: `<webhookId>/pachca`). */
	webhookUrl(file: string, nodeName: string): string {
		const node = this.readExample(file).nodes.find((n) => n.name === nodeName);
		if (!node) throw new Error(`${file} has no node "${nodeName}"`);
		const suffix = node.type.endsWith('.pachcaTrigger') ? `${String(node.webhookId)}/pachca` : String(node.parameters.path);
		return `${this.n8n.url}/webhook/${suffix}`;
	}
}
