/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions, no-console -- a child process, memory sampling and the figure printed */
// File → Download of a 50 MB file must stream into n8n's binary data store (the filesystem store, n8n 2.x's
// default), not be held whole: the test's process (n8n and our node) may grow by less than 20 MB of RSS
// (sampled every 5 ms). The emulator runs in its own process, so the bytes it serves are not counted here.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { createInterface, type Interface } from 'node:readline';

import { runAction } from '../harness/run';
import { storedBinary, storedStream } from './binaryStore';

const SIZE = 50 * 1024 * 1024;
const MAX_GROWTH = 20 * 1024 * 1024;

interface Started { baseUrl: string; botToken: string; signingSecret: string; chatId: number }
interface Seeded { messageId: number; sha256: string }

let child: ChildProcessByStdio<Writable, Readable, null>;
let lines: AsyncIterableIterator<string>;
let reader: Interface;
let emulator: Started;

beforeAll(async () => {
	child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'memory', 'emulatorProcess.ts')], {
		stdio: ['pipe', 'pipe', 'inherit'],
	});
	reader = createInterface({ input: child.stdout });
	lines = reader[Symbol.asyncIterator]();
	emulator = JSON.parse((await lines.next()).value as string) as Started;
});

afterAll(() => {
	reader.close();
	child.stdin.end();
});

async function messageWithFile(size: number): Promise<Seeded> {
	child.stdin.write(`download ${size}\n`);
	return JSON.parse((await lines.next()).value as string) as Seeded;
}

const download = async (messageId: number) =>
	await runAction(
		{
			parameters: { resource: 'file', operation: 'download', messageId: { __rl: true, mode: 'id', value: String(messageId) } },
			credentials: { baseUrl: emulator.baseUrl, accessToken: emulator.botToken, signingSecret: emulator.signingSecret, webhookAllowedIps: '' },
		},
		[{}],
	);

describe('File → Download: a 50 MB file', () => {
	it('streams into n8n’s binary data store with less than 20 MB of memory growth', async () => {
		// n8n's filesystem store in place, and a small download first, so modules and connections exist before the baseline.
		await storedBinary(Buffer.from('init'), 'init.txt', 'text/plain');
		const warmUp = await download((await messageWithFile(16)).messageId);
		expect(warmUp.error).toBeUndefined();

		const large = await messageWithFile(SIZE);
		const baseline = process.memoryUsage();
		let peakRss = baseline.rss;
		let peakBuffers = baseline.arrayBuffers;
		const sampler = setInterval(() => {
			const now = process.memoryUsage();
			peakRss = Math.max(peakRss, now.rss);
			peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
		}, 5);
		let result;
		try {
			result = await download(large.messageId);
		} finally {
			clearInterval(sampler);
		}
		const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
		console.log(`50 MB download: peak RSS growth ${mb(peakRss - baseline.rss)}, peak ArrayBuffer growth ${mb(peakBuffers - baseline.arrayBuffers)}`);

		expect(result.error).toBeUndefined();
		const binary = result.items[0]?.binary?.data;
		expect(binary).toMatchObject({ fileName: 'dump.bin', bytes: SIZE });
		expect(binary?.id).toBeDefined();
		// The stored copy is the file, byte for byte (read back as a stream, after the measurement).
		const hash = createHash('sha256');
		for await (const chunk of await storedStream(binary!)) hash.update(chunk as Buffer);
		expect(hash.digest('hex')).toBe(large.sha256);
		expect(peakRss - baseline.rss).toBeLessThan(MAX_GROWTH);
	});
});
