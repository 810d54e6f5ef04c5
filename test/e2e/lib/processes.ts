/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- test tooling that runs n8n and a browser, not node code */
// Child processes in their own process group (n8n spawns a task runner: the group is killed as a whole),
// free loopback ports, and polling helpers.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
	});
}

/** Polls `probe` until it returns a value (not undefined), or fails after `timeoutMs` naming `what`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	let lastError: unknown;
	while (Date.now() < until) {
		try {
			const value = await probe();
			if (value !== undefined) return value;
		} catch (e) {
			lastError = e;
		}
		await sleep(200);
	}
	const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
	throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${why}`);
}

export interface Group {
	child: ChildProcess;
	stop(): Promise<void>;
}

/** Starts a command as the leader of a new process group, its output appended to `logFile`. */
export function spawnGroup(command: string, args: string[], logFile: string, options: SpawnOptions = {}): Group {
	const log = fs.openSync(logFile, 'a');
	const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', log, log] });
	fs.closeSync(log);
	const exited = new Promise<void>((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
	return {
		child,
		async stop() {
			const pid = child.pid;
			if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
			signalGroup(pid, 'SIGTERM');
			const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
			if (!done) signalGroup(pid, 'SIGKILL');
			// The task runner child may outlive its parent briefly: make sure the whole group is gone.
			await sleep(200);
			signalGroup(pid, 'SIGKILL');
		},
	};
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
	try {
		process.kill(-pid, signal);
	} catch {
		// The group is already gone.
	}
}

/** Runs a command to completion, its output appended to `logFile`; rejects on a non-zero exit. */
export function runLogged(command: string, args: string[], logFile: string, options: SpawnOptions = {}): Promise<void> {
	return new Promise((resolve, reject) => {
		const log = fs.openSync(logFile, 'a');
		const child = spawn(command, args, { ...options, stdio: ['ignore', log, log] });
		fs.closeSync(log);
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}; see ${logFile}`)),
		);
	});
}
