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
import { ScriptedModel } from './scriptedModel';
import { buildAndPack, installIntoN8n } from './package';
import { EXAMPLES_DIR, E2E_DIR } from './paths';
import { lastLogLine, withStep } from './progress';

/** The credential names the example workflows refer to. */
export const CREDENTIALS = {
	/** The main bot (ID 9001): what a new Pachca node in the editor picks (see createCredentials). */
	main: 'Pachca bot (emulator)',
	alerts: 'Pachca alerts bot (emulator)',
	/** The emulator's admin (a user token): for the Bot resource's user-token operations. */
	admin: 'Pachca admin (emulator)',
	/** An OpenAI credential whose Base URL is the scripted chat model (example 25's AI Agent). */
	model: 'Scripted AI model (emulator)',
} as const;

export interface StackOptions {
	emulatorPort?: number;
	n8nPort?: number;
	/** Keep the work folder after `down()` (npm start keeps nothing either; for debugging). */
	keepFiles?: boolean;
	log?: (line: string) => void;
	/** Awaited just before n8n starts: npm start installs n8n meanwhile, so build and emulator overlap it. */
	toolchain?: Promise<void>;
}

export class Stack {
	readonly credentialIds = new Map<string, string>();
	readonly timings: Record<string, number> = {};

	private constructor(
		readonly dir: string,
		readonly emulator: PachcaEmulator,
		readonly demo: Demo,
		readonly model: ScriptedModel,
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
		let model: ScriptedModel | undefined;
		try {
			let t = Date.now();
			const tarball = await withStep('stack', 'building and packing the package, installing it into the n8n user folder', async () => {
				const packed = await buildAndPack(dir, logFile);
				await installIntoN8n(dir, packed, logFile);
				return packed;
			});
			const packed = Date.now() - t;

			emulator = await PachcaEmulator.start({ port: options.emulatorPort ?? 0, rateLimits: true });
			const demo = seedDemo(emulator);
			emulator.servePages(chatPageHandler(emulator, demo));
			model = await ScriptedModel.start();
			// npm start installs n8n meanwhile on a first run: the package is ready when n8n is.
			await options.toolchain;

			t = Date.now();
			const userFolder = dir;
			n8n = await withStep('stack', 'starting n8n 2.41.1 (usually 20-40 s)', () => N8n.start(userFolder, options.n8nPort), {
				status: () => lastLogLine(path.join(userFolder, 'n8n.log')),
			});
			const started = Date.now() - t;
			log(`[stack] n8n ready at ${n8n.url} in ${started} ms (log: ${n8n.logFile}); ${path.basename(tarball)} in ${dir}/.n8n/nodes`);
			await n8n.setUp();
			const stack = new Stack(dir, emulator, demo, model, n8n, options);
			stack.timings.packMs = packed;
			stack.timings.n8nStartMs = started;
			await stack.createCredentials();
			return stack;
		} catch (e) {
			await n8n?.stop();
			await emulator?.stop();
			await model?.stop();
			if (!options.keepFiles) fs.rmSync(dir, { recursive: true, force: true });
			throw e;
		}
	}

	async down(): Promise<void> {
		await this.n8n.stop();
		await this.emulator.stop();
		await this.model.stop();
		if (!this.options.keepFiles) fs.rmSync(this.dir, { recursive: true, force: true });
	}

	get chatPageUrl(): string {
		return `${new URL(this.emulator.baseUrl).origin}/ui`;
	}

	/**
	 * n8n 2.41's editor gives a new node the most recently updated credential of its type
	 * (getAutoSelectedCredential: max updatedAt), so the main bot's is created last.
	 */
	private async createCredentials(): Promise<void> {
		const common = { baseUrl: this.emulator.baseUrl, webhookAllowedIps: '', allowedHttpRequestDomains: 'all' };
		const create = async (name: string, accessToken: string, signingSecret: string) =>
			this.credentialIds.set(name, await this.n8n.createCredential(name, 'pachcaApi', { ...common, accessToken, signingSecret }));
		this.credentialIds.set(
			CREDENTIALS.model,
			await this.n8n.createCredential(CREDENTIALS.model, 'openAiApi', { apiKey: 'scripted', url: this.model.baseUrl, header: false }),
		);
		await create(CREDENTIALS.alerts, this.demo.alertsBot.token, this.demo.alertsBot.signingSecret);
		// Its triggers register for the main bot (Bot ID 9001), so they check that bot's signatures.
		await create(CREDENTIALS.admin, this.emulator.userToken, this.emulator.signingSecret);
		await create(CREDENTIALS.main, this.emulator.botToken, this.emulator.signingSecret);
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

	/** The production URL of a webhook node of an example, as `patch` leaves it (trigger: `<webhookId>/pachca`). */
	webhookUrl(file: string, nodeName: string, patch?: (wf: WorkflowJson) => void): string {
		const wf = this.readExample(file);
		patch?.(wf);
		const node = wf.nodes.find((n) => n.name === nodeName);
		if (!node) throw new Error(`${file} has no node "${nodeName}"`);
		const suffix = node.type.endsWith('.pachcaTrigger') ? `${String(node.webhookId)}/pachca` : String(node.parameters.path);
		return `${this.n8n.url}/webhook/${suffix}`;
	}
}
