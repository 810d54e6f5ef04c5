/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- node:crypto and node:stream, and the figure printed */
// A 50 MB file from n8n's binary data store must stream into the upload, not be read whole: the
// test's process (n8n and our node) may grow by less than 20 MB of RSS (sampled every 5 ms) while it runs. The emulator runs in its
// own process, so the bytes the storage receives are not counted here.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

import { runAction } from '../harness/run';
import { storedBinary } from './binaryStore';
import { childEmulatorPerFile, type ChildEmulator } from './memory/childEmulator';
import { megabytes, peakRssGrowth } from './memory/sampling';

const SIZE = 50 * 1024 * 1024;
const CHUNK = 1024 * 1024;
const MAX_GROWTH = 20 * 1024 * 1024;

interface Stored { key: string; size: number; sha256: string }

let emulator: ChildEmulator;
childEmulatorPerFile((started) => {
	emulator = started;
});

const storedUploads = async () => await emulator.ask<Stored[]>('stored');

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
			credentials: emulator.credentials,
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
		const { result, growth } = await peakRssGrowth(async () => await send('data', binary));
		console.log(`50 MB upload: peak RSS growth ${megabytes(growth)}`);

		expect(result.error).toBeUndefined();
		const uploads = await storedUploads();
		expect(uploads.map((u) => [u.size, u.sha256])).toEqual([[7, expect.any(String)], [SIZE, source.sha256()]]);
		expect(growth).toBeLessThan(MAX_GROWTH);
	});
});
