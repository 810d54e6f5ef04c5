// Files in n8n's binary data store (an `id`, not the bytes): the node streams them into the upload body.
import { createHash, randomBytes } from 'node:crypto';

import type { Chat, PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { requestsTo, rl } from '../harness/fixtures/message';
import { DIRECT_UPLOAD_PATH, PDF, runWithBinary, storedFiles, uploadStore } from '../harness/fixtures/files';
import { storedBinary } from './binaryStore';

let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Archive' });
});

beforeEach(() => uploadStore(emu.state).reset());

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('Attachments From Binary: files in n8n’s binary data store', () => {
	it('uploads a stored PDF byte for byte', async () => {
		const binary = await storedBinary(PDF, 'stored.pdf', 'application/pdf');
		expect(binary.id).toBeDefined();

		const result = await runWithBinary(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: 'From the store', additionalFields: { binaryFiles: 'data' } },
			[{ data: binary }],
		);

		expect(result.error).toBeUndefined();
		const [stored] = storedFiles(emu);
		expect(stored.bytes.equals(PDF)).toBe(true);
		expect((requestsTo(emu, 'POST', '/messages')[0].body as { message: { files: unknown } }).message.files).toEqual([
			{ key: stored.key, name: 'stored.pdf', file_type: 'file', size: PDF.length },
		]);
	});

	it('streams a 6 MB file (many chunks) and a second stored file into one message', async () => {
		const big = randomBytes(6 * 1024 * 1024);
		const archive = await storedBinary(big, 'dump.bin', 'application/octet-stream');
		const photo = await storedBinary(PDF, 'scan.pdf', 'application/pdf');

		const result = await runWithBinary(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: 'Backup', additionalFields: { binaryFiles: 'archive, photo' } },
			[{ archive, photo }],
		);

		expect(result.error).toBeUndefined();
		const [first, second] = storedFiles(emu);
		expect([first.bytes.length, sha256(first.bytes)]).toEqual([big.length, sha256(big)]);
		expect(second.bytes.equals(PDF)).toBe(true);
		expect((requestsTo(emu, 'POST', '/messages')[0].body as { message: { files: unknown } }).message.files).toEqual([
			{ key: first.key, name: 'dump.bin', file_type: 'file', size: big.length },
			{ key: second.key, name: 'scan.pdf', file_type: 'file', size: PDF.length },
		]);
	});

	it('after a 503 from the storage, streams the file again from the start', async () => {
		const bytes = randomBytes(512 * 1024);
		const binary = await storedBinary(bytes, 'again.bin', 'application/octet-stream');
		emu.injectFault({ method: 'POST', path: DIRECT_UPLOAD_PATH, kind: 'status', status: 503 });

		const result = await runWithBinary(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: 'Retry', additionalFields: { binaryFiles: 'data' } },
			[{ data: binary }],
		);

		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'POST', DIRECT_UPLOAD_PATH).map((r) => r.status)).toEqual([503, 204]);
		expect(sha256(storedFiles(emu)[0].bytes)).toBe(sha256(bytes));
		expect(requestsTo(emu, 'POST', '/messages')).toHaveLength(1);
	});
});
