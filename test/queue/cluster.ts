/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- test tooling that runs n8n, Redis and Postgres, not node code */
// n8n 2.41.1 in queue mode: Redis + Postgres, a main process (editor, API, activation, migrations),
// a webhook process (production webhooks) and workers (executions), all sharing one user folder with
// our packed package in .n8n/nodes, one encryption key and one database; plus the Pachca emulator
// (in this process, so the suite reads its request log). `down()` stops and removes everything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PachcaEmulator } from '../emulator';
import { seedDemo, type Demo } from '../emulator/ui/seed';
import { N8n, OFFLINE_ENV } from '../e2e/lib/n8n';
import { buildAndPack, installIntoN8n } from '../e2e/lib/package';
import { E2E_DIR, N8N_BIN, NODE24 } from '../e2e/lib/paths';
import { freePort, spawnGroup, waitFor, type Group } from '../e2e/lib/processes';
import { CREDENTIAL } from './workflows';
import { requireTools, startPostgres, startRedis, type Postgres, type Service } from './services';

export type Role = 'main' | 'webhook' | 'worker';

/** One n8n process of the cluster: its role, URL (health URL for a worker), log and start-up time. */
export interface Member {
	name: string;
	role: Role;
	url: string;
	logFile: string;
	startMs: number;
	group: Group;
}

const READY_LINE: Record<Role, string> = {
	main: 'Editor is now accessible',
	webhook: 'Webhook listener waiting for requests',
	worker: 'n8n worker is now ready',
};

export class Cluster {
	readonly members: Member[] = [];
	readonly timings: Record<string, number> = {};
	n8n!: N8n;
	credentialId = '';
	emulator!: PachcaEmulator;
	demo!: Demo;
	private redis?: Service;
	private postgres?: Postgres;
	private webhookPort = 0;

	private constructor(readonly dir: string) {}

	/** Everything up: services, package, main, then a webhook process and `workers` workers. */
	static async up(workers: number, log: (line: string) => void): Promise<Cluster> {
		requireTools();
		fs.mkdirSync(E2E_DIR, { recursive: true });
		const cluster = new Cluster(fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-queue-')));
		try {
			let t = Date.now();
			cluster.redis = await startRedis(path.join(cluster.dir, 'redis'));
			cluster.postgres = await startPostgres();
			cluster.timings.servicesMs = Date.now() - t;
			log(`[queue] redis :${cluster.redis.port}, postgres 15 :${cluster.postgres.port} (${cluster.timings.servicesMs} ms)`);

			t = Date.now();
			const setupLog = path.join(cluster.dir, 'setup.log');
			await installIntoN8n(cluster.dir, await buildAndPack(cluster.dir, setupLog), setupLog);
			cluster.timings.packMs = Date.now() - t;
			log(`[queue] package built, packed and installed into the shared user folder (${cluster.timings.packMs} ms)`);

			cluster.emulator = await PachcaEmulator.start({ rateLimits: true });
			cluster.demo = seedDemo(cluster.emulator);
			cluster.webhookPort = await freePort();

			const main = await cluster.startMember('main', 'main', log);
			// The public API client of the e2e suite, pointed at our main process.
			const Client = N8n as unknown as new (url: string, userFolder: string, logFile: string, group: Group) => N8n;
			cluster.n8n = new Client(main.url, cluster.dir, main.logFile, main.group);
			await cluster.n8n.setUp();
			cluster.credentialId = await cluster.n8n.createCredential(CREDENTIAL, 'pachcaApi', {
				baseUrl: cluster.emulator.baseUrl, webhookAllowedIps: '', allowedHttpRequestDomains: 'all',
				accessToken: cluster.emulator.botToken, signingSecret: cluster.emulator.signingSecret,
				// Every worker sends with this token: each paces at its share of Pachca's limits.
				sharingProcesses: workers,
			});
			await Promise.all([
				cluster.startMember('webhook', 'webhook', log),
				...Array.from({ length: workers }, (_, i) => cluster.startMember(`worker${i + 1}`, 'worker', log)),
			]);
			return cluster;
		} catch (e) {
			await cluster.down();
			throw e;
		}
	}

	/** A Postgres credential in n8n for the cluster's own database (where the claims table lives). */
	async postgresCredential(name: string): Promise<string> {
		const pg = this.postgres!;
		return await this.n8n.createCredential(name, 'postgres', {
			host: '127.0.0.1', port: pg.port, database: pg.database, user: pg.user, password: '',
			ssl: 'disable', allowUnauthorizedCerts: false, maxConnections: 10, sshTunnel: false,
		});
	}

	sql(statement: string): void {
		this.postgres!.sql(statement);
	}

	/** Starts one n8n process and waits for its readiness URL and its "ready" log line. */
	async startMember(name: string, role: Role, log: (line: string) => void, userFolder = this.dir): Promise<Member> {
		const port = role === 'webhook' ? this.webhookPort : await freePort();
		const brokerPort = await freePort();
		const logFile = path.join(this.dir, `${name}.log`);
		const env = this.environment(role, port, brokerPort, userFolder);
		const args = role === 'main' ? ['start'] : role === 'webhook' ? ['webhook'] : ['worker', '--concurrency=5'];
		const t = Date.now();
		const group = spawnGroup(NODE24, [N8N_BIN, ...args], logFile, { env, cwd: userFolder });
		const url = `http://127.0.0.1:${port}`;
		const member: Member = { name, role, url, logFile, startMs: 0, group };
		this.members.push(member);
		await waitFor(`n8n ${name} to be ready`, async () => {
			if (group.child.exitCode !== null) throw new Error(`n8n ${name} exited with ${group.child.exitCode}; see ${logFile}`);
			const res = await fetch(`${url}/healthz/readiness`);
			return res.ok && fs.readFileSync(logFile, 'utf8').includes(READY_LINE[role]) ? true : undefined;
		}, 180_000);
		member.startMs = Date.now() - t;
		this.timings[`${name}StartMs`] = member.startMs;
		log(`[queue] n8n ${name} (${role}) ready at ${url} in ${member.startMs} ms (log: ${logFile})`);
		return member;
	}

	async stopMember(member: Member): Promise<void> {
		await member.group.stop();
		this.members.splice(this.members.indexOf(member), 1);
	}

	member(name: string): Member {
		const found = this.members.find((m) => m.name === name);
		if (!found) throw new Error(`no cluster member ${name}`);
		return found;
	}

	/** The production URL of a webhook path on a process that serves webhooks (main or webhook). */
	webhookUrl(on: 'main' | 'webhook', suffix: string): string {
		return `${this.member(on).url}/webhook/${suffix}`;
	}

	/** Execution ids a worker's log says it started. */
	executionsRunBy(name: string): string[] {
		const text = fs.readFileSync(this.member(name).logFile, 'utf8');
		return [...text.matchAll(/Worker started execution (\d+)/g)].map((m) => m[1]);
	}

	async down(): Promise<void> {
		// Workers and the webhook process first: main last, then the services they all talk to.
		for (const member of [...this.members].reverse()) await member.group.stop();
		this.members.length = 0;
		await this.emulator?.stop();
		await this.redis?.stop();
		await this.postgres?.stop();
		if (!process.env.KEEP_QUEUE_FILES) fs.rmSync(this.dir, { recursive: true, force: true });
	}

	private environment(role: Role, port: number, brokerPort: number, userFolder: string): Record<string, string> {
		const env: Record<string, string> = {
			PATH: `${path.dirname(NODE24)}:${process.env.PATH ?? ''}`,
			HOME: userFolder,
			N8N_USER_FOLDER: userFolder,
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			// What Pachca is given: the webhook process, as a load balancer would expose it.
			WEBHOOK_URL: `http://127.0.0.1:${this.webhookPort}/`,
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			N8N_ENCRYPTION_KEY: 'pachca-queue-encryption-key-not-secret',
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(this.postgres!.port),
			DB_POSTGRESDB_DATABASE: this.postgres!.database,
			DB_POSTGRESDB_USER: this.postgres!.user,
			DB_POSTGRESDB_PASSWORD: '',
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(this.redis!.port),
			...OFFLINE_ENV,
		};
		if (role === 'worker') {
			// Else the worker's health server binds *:5678.
			Object.assign(env, { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' });
		} else {
			env.N8N_PORT = String(port);
			if (role === 'main') env.N8N_EDITOR_BASE_URL = `http://127.0.0.1:${port}/`;
		}
		return env;
	}
}
