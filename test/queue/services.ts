/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- test tooling that runs n8n, Redis and Postgres, not node code */
// Redis and Postgres 15 from Debian, each started as our own process on a free loopback port with its
// data in a throwaway folder (apt starts no services here, and the suite must not touch system ones).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, spawnGroup, waitFor, type Group } from '../e2e/lib/processes';

const PG_BIN = '/usr/lib/postgresql/15/bin';

export interface Service {
	port: number;
	stop(): Promise<void>;
}

/** Fails early with the install command when a Debian package is missing. */
export function requireTools(): void {
	const missing = [
		['redis-server', '/usr/bin/redis-server'],
		['postgresql-15', path.join(PG_BIN, 'postgres')],
	].filter(([, bin]) => !fs.existsSync(bin));
	if (missing.length > 0) {
		const names = missing.map(([name]) => name).join(' ');
		throw new Error(`missing ${names}: run  apt-get update && apt-get install -y ${names}`);
	}
}

export async function startRedis(dir: string): Promise<Service> {
	const port = await freePort();
	fs.mkdirSync(dir, { recursive: true });
	const group = spawnGroup(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
		path.join(dir, 'redis.log'),
	);
	await waitFor('redis to answer PING', () => {
		exitedEarly(group, 'redis-server', dir);
		const out = execFileSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8', stdio: 'pipe' });
		return out.trim() === 'PONG' ? true : undefined;
	});
	return { port, stop: () => group.stop() };
}

/**
 * A fresh cluster (trust auth, loopback only) run as the `postgres` user, which Postgres requires;
 * its folder is outside the suite's (root-only) work folder so that user can write it. The database
 * `n8n` is created for the n8n processes.
 */
export interface Postgres extends Service {
	database: string;
	user: string;
	/** Runs one SQL statement in the `n8n` database. */
	sql(statement: string): void;
}

export async function startPostgres(): Promise<Postgres> {
	const port = await freePort();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pachca-queue-pg-'));
	const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
	const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
	fs.chownSync(dir, uid, gid);
	const data = path.join(dir, 'data');
	const asPostgres = (bin: string, args: string[]) =>
		execFileSync('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args], { cwd: dir, stdio: 'pipe' });
	asPostgres('initdb', ['-D', data, '--auth=trust', '-U', 'postgres', '--encoding=UTF8', '--no-locale']);
	const logFile = path.join(os.tmpdir(), `${path.basename(dir)}.log`);
	const group = spawnGroup(
		'runuser',
		['-u', 'postgres', '--', path.join(PG_BIN, 'postgres'), '-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1'],
		logFile,
		{ cwd: dir },
	);
	await waitFor('postgres to accept connections', () => {
		exitedEarly(group, 'postgres', logFile);
		execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'pipe' });
		return true;
	}, 60_000);
	asPostgres('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'n8n']);
	return {
		port,
		database: 'n8n',
		user: 'postgres',
		sql(statement: string) {
			execFileSync(path.join(PG_BIN, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'n8n', '-v', 'ON_ERROR_STOP=1', '-c', statement], { stdio: 'pipe' });
		},
		async stop() {
			await group.stop();
			fs.rmSync(dir, { recursive: true, force: true });
			fs.rmSync(logFile, { force: true });
		},
	};
}

function exitedEarly(group: Group, name: string, where: string): void {
	if (group.child.exitCode !== null) throw new Error(`${name} exited with ${group.child.exitCode}; see ${where}`);
}
