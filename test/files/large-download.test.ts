/* eslint-disable no-console -- the measured figures are printed */
// File → Download of a 50 MB file must stream into n8n's binary data store (the filesystem store, n8n 2.x's
// default), not be held whole. What is asserted is the memory that survives a full GC, sampled while the
// download runs: it must grow by less than 20 MB. Raw RSS growth is printed, not asserted: it is mostly
// 64 KB socket chunks already written to disk that V8 has not collected yet (about 27 MB for a 50 MB or
// a 150 MB file alike), so it says when V8 collects, not what our code holds. The emulator runs in its
// own process, so the bytes it serves are not counted here.
import { createHash } from 'node:crypto';

import { runAction } from '../harness/run';
import { storedBinary, storedStream } from './binaryStore';
import { childEmulatorPerFile, type ChildEmulator } from './memory/childEmulator';
import { megabytes, peakRetainedGrowth, peakRssGrowth } from './memory/sampling';

const SIZE = 50 * 1024 * 1024;
const MAX_RETAINED_GROWTH = 20 * 1024 * 1024;

interface Seeded { messageId: number; sha256: string }

let emulator: ChildEmulator;
childEmulatorPerFile((started) => {
	emulator = started;
});

const messageWithFile = async (size: number) => await emulator.ask<Seeded>(`download ${size}`);

const download = async (messageId: number) =>
	await runAction(
		{
			parameters: { resource: 'file', operation: 'download', messageId: { __rl: true, mode: 'id', value: String(messageId) } },
			credentials: emulator.credentials,
		},
		[{}],
	);

describe('File → Download: a 50 MB file', () => {
	it('streams into n8n’s binary data store with less than 20 MB of memory held', async () => {
		// n8n's filesystem store in place, and a small download first, so modules and connections exist before the baseline.
		await storedBinary(Buffer.from('init'), 'init.txt', 'text/plain');
		const warmUp = await download((await messageWithFile(16)).messageId);
		expect(warmUp.error).toBeUndefined();

		const large = await messageWithFile(SIZE);
		const raw = await peakRssGrowth(async () => await download(large.messageId));
		const retained = await peakRetainedGrowth(async () => await download(large.messageId));
		console.log(`50 MB download: peak RSS growth ${megabytes(raw.growth)}; peak growth of memory surviving a GC ${megabytes(retained.growth)} (${retained.samples} samples)`);

		for (const { result } of [raw, retained]) {
			expect(result.error).toBeUndefined();
			const binary = result.items[0]?.binary?.data;
			expect(binary).toMatchObject({ fileName: 'dump.bin', bytes: SIZE });
			// The stored copy is the file, byte for byte (read back as a stream, after the measurement).
			const hash = createHash('sha256');
			for await (const chunk of await storedStream(binary!)) hash.update(chunk as Buffer);
			expect(hash.digest('hex')).toBe(large.sha256);
		}
		// Sampled while the download ran, not only before or after it.
		expect(retained.samples).toBeGreaterThanOrEqual(3);
		expect(retained.growth).toBeLessThan(MAX_RETAINED_GROWTH);
	}, 90_000); // two 50 MB downloads, the second paused by full GCs
});
