/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions, no-console -- a child process, memory sampling and the figure printed */
// A 50 MB file from n8n's binary data store must stream into the upload, not be read whole: the
// test's process (n8n and our node) may grow by less than 20 MB of RSS (sampled every 5 ms) while it runs. The emulator runs in its
// own process, so the bytes the storage receives are not counted here.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { createInterface, type Interface } from 'node:readline';

import { runAction } from '../harness/run';
import { storedBinary } from './binaryStore';

const SIZE = 50 * 1024 * 1024;
const CHUNK = 1024 * 1024;
const MAX_GROWTH = 20 * 1024 * 1024;

interface Started { baseUrl: string; botToken: string; signingSecret: string; chatId: number }
interface Stored { key: string; size: number; sha256: string }

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

async function storedUploads(): Promise<Stored[]> {
	child.stdin.write('stored\n');
	return JSON.parse((await lines.next()).value as string) as Stored[];
}

/** 50 MB of varied bytes, made a chunk at a time (never held whole), and their SHA-256. */
function fiftyMegabytes(): { stream: Readable; sha256: () => string } {
	const hash = createHash('sha256');
	let made = 0;
	const stream = new Readable({
		read() {
			if (made >= SIZE) return void this.push(null);
			const chunk = Buffer.alloc(CHUNK, made / CHUNK);
			chunk.writeUInt32BE(made, 0);
			made += CHUNK;
			hash.update(chunk);
			this.push(chunk);
		},
	});
	return { stream, sha256: () => hash.digest('hex') };
}

const send = async (binaryProperty: string, data: object) =>
	await runAction(
		{
			parameters: { resource: 'message', operation: 'send', chatId: { __rl: true, mode: 'id', value: String(emulator.chatId) }, content: 'Dump', additionalFields: { binaryFiles: binaryProperty } },
			credentials: { baseUrl: emulator.baseUrl, accessToken: emulator.botToken, signingSecret: emulator.signingSecret, webhookAllowedIps: '' },
		},
		[{}],
		[{ [binaryProperty]: data } as never],
	);

describe('Attachments From Binary: a 50 MB file', () => {
	it('streams from n8n’s binary data store with less than 20 MB of memory growth', async () => {
		// A small upload first, so modules and connections are in place before the baseline.
		const warmUp = await send('data', await storedBinary(Buffer.from('warm-up'), 'w.txt', 'text/plain'));
		expect(warmUp.error).toBeUndefined();

		const source = fiftyMegabytes();
		const binary = await storedBinary(source.stream, 'dump.bin', 'application/octet-stream');
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
			result = await send('data', binary);
		} finally {
			clearInterval(sampler);
		}
		const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
		// ArrayBuffer figures include chunks already sent and not yet collected: printed, not asserted.
		console.log(`50 MB upload: peak RSS growth ${mb(peakRss - baseline.rss)}, peak ArrayBuffer growth ${mb(peakBuffers - baseline.arrayBuffers)}`);

		expect(result.error).toBeUndefined();
		const uploads = await storedUploads();
		expect(uploads.map((u) => [u.size, u.sha256])).toEqual([[7, expect.any(String)], [SIZE, source.sha256()]]);
		expect(peakRss - baseline.rss).toBeLessThan(MAX_GROWTH);
	});
});
