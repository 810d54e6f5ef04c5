/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- a test helper that starts a child process */
// The parent side of emulatorProcess.ts: memory tests start the emulator in a child process, so the
// bytes it serves or stores are not counted in the test's own memory.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ChildEmulator {
	baseUrl: string;
	chatId: number;
	/** the Pachca credential for the emulator's bot */
	credentials: { baseUrl: string; accessToken: string; signingSecret: string; webhookAllowedIps: string };
	/** Sends one command line to the child and parses its one-line JSON answer. */
	ask<T>(command: string): Promise<T>;
}

interface Started { baseUrl: string; botToken: string; signingSecret: string; chatId: number }

/** Starts the child emulator before the file's tests and stops it after them; `onStart` receives it. */
export function childEmulatorPerFile(onStart: (emulator: ChildEmulator) => void): void {
	let stop = () => {};
	beforeAll(async () => {
		const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'emulatorProcess.ts')], {
			stdio: ['pipe', 'pipe', 'inherit'],
		});
		const reader = createInterface({ input: child.stdout });
		const lines = reader[Symbol.asyncIterator]();
		const nextJson = async <T>(): Promise<T> => JSON.parse((await lines.next()).value as string) as T;
		stop = () => {
			reader.close();
			child.stdin.end();
		};
		const { baseUrl, botToken, signingSecret, chatId } = await nextJson<Started>();
		onStart({
			baseUrl,
			chatId,
			credentials: { baseUrl, accessToken: botToken, signingSecret, webhookAllowedIps: '' },
			ask: async <T>(command: string) => {
				child.stdin.write(`${command}\n`);
				return await nextJson<T>();
			},
		});
	});
	afterAll(() => stop());
}
