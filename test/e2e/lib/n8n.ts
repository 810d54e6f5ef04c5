/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- test tooling that runs n8n and a browser, not node code */
// A real n8n 2.41.1 process (Node 24) on a free loopback port, offline, with its own user folder;
// and the REST calls the suite needs (owner, API key, credentials, workflows, executions).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { N8N_BIN, NODE24 } from './paths';
import { freePort, spawnGroup, waitFor, type Group } from './processes';

export const OWNER = { email: 'owner@pachca-e2e.test', password: 'Pachca-e2e-2026', firstName: 'Owner', lastName: 'E2E' };

export interface Execution {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
	finished: boolean;
	/** a node's run data, by connection type: `main`, or `ai_tool` for a tool the AI Agent ran */
	data?: { resultData?: { runData?: Record<string, Array<{ data?: Record<string, Array<Array<{ json: Record<string, unknown> }>>> }>>; error?: { message?: string } } };
}

export interface WorkflowJson {
	name: string;
	nodes: Array<Record<string, unknown> & { name: string; type: string; parameters: Record<string, unknown>; credentials?: Record<string, { id: string; name: string }> }>;
	connections: Record<string, unknown>;
	settings?: Record<string, unknown>;
}

/** What every n8n process here needs to start cleanly offline (no telemetry, templates or registry calls). */
export const OFFLINE_ENV = {
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_SECURE_COOKIE: 'false',
	// 2.41 calls out to the internet from this module otherwise.
	N8N_DISABLED_MODULES: 'mcp-registry',
	N8N_LOG_LEVEL: 'info',
} as const;

export class N8n {
	apiKey = '';
	cookie = '';
	private constructor(
		readonly url: string,
		readonly userFolder: string,
		readonly logFile: string,
		private readonly group: Group,
	) {}

	/** Starts n8n and waits until the editor is served (migrations done). */
	static async start(userFolder: string, wantedPort?: number): Promise<N8n> {
		const port = wantedPort ?? (await freePort());
		let brokerPort = await freePort();
		while (brokerPort === port) brokerPort = await freePort();
		const url = `http://127.0.0.1:${port}`;
		const logFile = path.join(userFolder, 'n8n.log');
		const env: Record<string, string> = {
			PATH: `${path.dirname(NODE24)}:${process.env.PATH ?? ''}`,
			HOME: userFolder,
			N8N_USER_FOLDER: userFolder,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			WEBHOOK_URL: `${url}/`,
			N8N_EDITOR_BASE_URL: `${url}/`,
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			// A fresh key per stand: its database and credentials live only as long as the stand.
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
			DB_TYPE: 'sqlite',
			...OFFLINE_ENV,
		};
		const group = spawnGroup(NODE24, [N8N_BIN, 'start'], logFile, { env, cwd: userFolder });
		const n8n = new N8n(url, userFolder, logFile, group);
		try {
			await waitFor(
				'n8n to be ready',
				async () => {
					if (group.child.exitCode !== null) throw new Error(`n8n exited with ${group.child.exitCode}; see ${logFile}`);
					const res = await fetch(`${url}/healthz/readiness`);
					return res.ok && fs.readFileSync(logFile, 'utf8').includes('Editor is now accessible') ? true : undefined;
				},
				120_000,
			);
		} catch (e) {
			await group.stop();
			throw e;
		}
		return n8n;
	}

	async stop(): Promise<void> {
		await this.group.stop();
	}

	/** Owner, login cookie and an API key with every scope. */
	async setUp(): Promise<void> {
		await this.rest('POST', '/rest/owner/setup', OWNER);
		const login = await fetch(`${this.url}/rest/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
		});
		if (!login.ok) throw new Error(`n8n login failed: ${login.status} ${await login.text()}`);
		const auth = /n8n-auth=[^;]+/.exec(login.headers.get('set-cookie') ?? '');
		if (!auth) throw new Error('n8n login returned no n8n-auth cookie');
		this.cookie = auth[0];
		const scopes = (await this.rest('GET', '/rest/api-keys/scopes')) as string[];
		const key = (await this.rest('POST', '/rest/api-keys', { label: 'e2e', scopes, expiresAt: null })) as { rawApiKey: string };
		this.apiKey = key.rawApiKey;
	}

	/** The editor's internal REST API (cookie auth); returns `data`. */
	async rest(method: string, route: string, body?: unknown): Promise<unknown> {
		const res = await fetch(`${this.url}${route}`, {
			method,
			headers: { 'Content-Type': 'application/json', ...(this.cookie ? { Cookie: this.cookie } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`n8n ${method} ${route} failed: ${res.status} ${text}`);
		return text ? (JSON.parse(text) as { data: unknown }).data : undefined;
	}

	/** n8n's public API (X-N8N-API-KEY). */
	async api<T = unknown>(method: string, route: string, body?: unknown): Promise<T> {
		const res = await fetch(`${this.url}/api/v1${route}`, {
			method,
			headers: { 'Content-Type': 'application/json', 'X-N8N-API-KEY': this.apiKey },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`n8n ${method} /api/v1${route} failed: ${res.status} ${text}`);
		return (text ? JSON.parse(text) : undefined) as T;
	}

	/** Loaded node types by name, with their descriptions (the list the editor loads). */
	async nodeTypes<T extends { name: string }>(): Promise<Map<string, T>> {
		const res = await fetch(`${this.url}/types/nodes.json`, { headers: { Cookie: this.cookie } });
		if (!res.ok) throw new Error(`GET /types/nodes.json failed: ${res.status}`);
		const list = (await res.json()) as T[];
		return new Map(list.map((t) => [t.name, t]));
	}

	async createCredential(name: string, type: string, data: Record<string, unknown>): Promise<string> {
		const created = await this.api<{ id: string }>('POST', '/credentials', { name, type, data });
		return created.id;
	}

	async createWorkflow(wf: WorkflowJson): Promise<string> {
		const { name, nodes, connections } = wf;
		const created = await this.api<{ id: string }>('POST', '/workflows', {
			name, nodes, connections, settings: wf.settings ?? { executionOrder: 'v1' },
		});
		return created.id;
	}

	async activate(id: string): Promise<void> {
		await this.api('POST', `/workflows/${id}/activate`);
	}

	async deactivate(id: string): Promise<void> {
		await this.api('POST', `/workflows/${id}/deactivate`);
	}

	async executions(workflowId: string): Promise<Execution[]> {
		const out = await this.api<{ data: Execution[] }>('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=250`);
		return out.data;
	}

	/** Waits until the workflow has `count` finished executions (and fails if more show up meanwhile). */
	async waitForExecutions(workflowId: string, count: number, timeoutMs = 20_000): Promise<Execution[]> {
		return await waitFor(
			`${count} finished execution(s) of workflow ${workflowId}`,
			async () => {
				const list = await this.executions(workflowId);
				const done = list.filter((e) => e.status !== 'running' && e.status !== 'new' && e.status !== 'waiting');
				if (done.length > count) throw new Error(`expected ${count} executions, found ${done.length}`);
				return done.length === count ? done : undefined;
			},
			timeoutMs,
		);
	}
}

/** The output items of a node in an execution (on `main`, or the connection type the node logs on). */
export function nodeOutput(execution: Execution, nodeName: string, type = 'main'): Array<Record<string, unknown>> {
	const runs = execution.data?.resultData?.runData?.[nodeName] ?? [];
	return runs.flatMap((r) => r.data?.[type]?.[0] ?? []).map((i) => i.json);
}
