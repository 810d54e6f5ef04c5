import type { Chat, PachcaEmulator } from '../emulator';
import { BOT_SCOPES } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { requestsTo, rl } from '../harness/fixtures/message';
import { binaryOf, DIRECT_UPLOAD_PATH, PDF, PNG, requestLine, runWithBinary, storedFiles, uploadStore } from '../harness/fixtures/files';

let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Finance' });
});

beforeEach(() => uploadStore(emu.state).reset());

const sendWith = (binaryFiles: string, content = 'Report') => ({
	operation: 'send',
	chatId: rl('id', chat.id),
	content,
	additionalFields: { binaryFiles },
});

describe('Attachments From Binary: a missing binary property', () => {
	it('is an error naming the parameter, the property and what the item has; nothing is sent', async () => {
		const result = await runWithBinary(emu, sendWith('data, summary'), [{ data: binaryOf(PDF, 'r.pdf', 'application/pdf') }]);

		expect(result.error?.message).toBe(
			'Attachments From Binary: the input item has no binary property "summary" (it has "data") (item 0)',
		);
		expect(emu.requests).toEqual([]);
	});

	it('on an item without binary data says so, also when the message has text', async () => {
		const result = await runWithBinary(emu, sendWith('data'), [], { input: [{}] });

		expect(result.error?.message).toBe(
			'Attachments From Binary: the input item has no binary property "data" (it has no binary data) (item 0)',
		);
		expect(emu.requests).toEqual([]);
	});

	it('with Continue On Fail, only that item fails; the items around it are sent with their files', async () => {
		const result = await runWithBinary(
			emu,
			sendWith('data', '={{ $json.name }}'),
			[{ data: binaryOf(PDF, 'one.pdf', 'application/pdf') }, { other: binaryOf(PNG, 'x.png', 'image/png') }, { data: binaryOf(PNG, 'three.png', 'image/png') }],
			{ input: [{ name: 'one' }, { name: 'two' }, { name: 'three' }], continueOnFail: true },
		);

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.content ?? item.json.error, item.pairedItem])).toEqual([
			['one', { item: 0 }],
			['Attachments From Binary: the input item has no binary property "data" (it has "other") (item 1)', { item: 1 }],
			['three', { item: 2 }],
		]);
		expect(storedFiles(emu).map((s) => s.fileName)).toEqual(['one.pdf', 'three.png']);
	});

	it('a property name that is not text (an expression giving an object) is refused', async () => {
		const result = await runWithBinary(emu, sendWith('={{ { name: "data" } }}'), [{ data: binaryOf(PDF, 'r.pdf', 'application/pdf') }]);

		expect(result.error?.message).toBe('Attachments From Binary: expected text, got an object (item 0)');
		expect(emu.requests).toEqual([]);
	});
});

describe('Attachments From Binary: an upload that fails sends no message', () => {
	it('a file over the storage’s size limit: the error names the file, its size and the limit', async () => {
		uploadStore(emu.state).maxFileSize = 4096;
		const big = Buffer.alloc(5000, 7);
		const result = await runWithBinary(emu, sendWith('data'), [{ data: binaryOf(big, 'scan.pdf', 'application/pdf') }]);
		uploadStore(emu.state).maxFileSize = undefined;

		expect(result.error?.message).toBe(
			'Attachments From Binary: "scan.pdf" (binary property "data", application/pdf, 5000 bytes): step 2 of 2, uploading the file, failed: ' +
				'the file storage refused it with 400: EntityTooLarge: Your proposed upload exceeds the maximum allowed size (5000 bytes; the limit is 4096 bytes)',
		);
		expect(requestsTo(emu, 'POST', '/messages')).toEqual([]);
	});

	it('the storage refuses the file: the error names the file, the step and the storage’s reason', async () => {
		uploadStore(emu.state).refuseNext();
		const result = await runWithBinary(emu, sendWith('data'), [{ data: binaryOf(PDF, 'q3.pdf', 'application/pdf') }]);

		expect(result.error?.message).toBe(
			`Attachments From Binary: "q3.pdf" (binary property "data", application/pdf, ${PDF.length} bytes): step 2 of 2, uploading the file, failed: ` +
				'the file storage refused it with 403: AccessDenied: Invalid according to Policy: Policy expired.',
		);
		expect((result.error as { httpCode?: string }).httpCode).toBe('403');
		expect(requestLine(emu)).toEqual(['POST /uploads', `POST ${DIRECT_UPLOAD_PATH}`]);
		expect(storedFiles(emu)).toEqual([]);
	});

	it('the second of two files is refused: the first is uploaded, but no message is sent', async () => {
		uploadStore(emu.state).refuseNext({ status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size' }, 1);
		const result = await runWithBinary(emu, sendWith('a, b'), [
			{ a: binaryOf(PNG, 'a.png', 'image/png'), b: binaryOf(PDF, 'b.pdf', 'application/pdf') },
		]);

		expect(result.error?.message).toContain(`"b.pdf" (binary property "b", application/pdf, ${PDF.length} bytes): step 2 of 2, uploading the file, failed`);
		expect(result.error?.message).toContain('400: EntityTooLarge: Your proposed upload exceeds the maximum allowed size');
		expect(storedFiles(emu).map((s) => s.fileName)).toEqual(['a.png']);
		expect(requestsTo(emu, 'POST', '/messages')).toEqual([]);
	});

	it('a token without uploads:write: the 403 names the scope, nothing reaches the storage', async () => {
		const token = emu.createToken({ scopes: BOT_SCOPES.filter((s) => s !== 'uploads:write'), bot: true });
		const result = await runWithBinary(emu, sendWith('data'), [{ data: binaryOf(PNG, 'c.png', 'image/png') }], { token });

		expect(result.error?.message).toMatch(
			/^Attachments From Binary: "c\.png" \(binary property "data", image\/png, 70 bytes\): step 1 of 2, getting an upload slot \(POST \/uploads\), failed: Pachca POST \/uploads failed with 403: .*insufficient_scope/,
		);
		expect(result.error?.description).toContain('"uploads:write"');
		expect(requestLine(emu)).toEqual(['POST /uploads']);
	});

	it('the storage does not answer: after its retries, the error says so and no message is sent', async () => {
		emu.injectFault({ method: 'POST', path: DIRECT_UPLOAD_PATH, kind: 'reset', times: 3 });
		const result = await runWithBinary(emu, sendWith('data'), [{ data: binaryOf(PDF, 'n.pdf', 'application/pdf') }]);

		expect(result.error?.message).toMatch(/"n\.pdf" \(binary property "data", application\/pdf, \d+ bytes\): step 2 of 2, uploading the file, failed: the file storage got no answer \(ECONNRESET\)/);
		expect(requestsTo(emu, 'POST', DIRECT_UPLOAD_PATH)).toHaveLength(3);
		expect(requestsTo(emu, 'POST', '/messages')).toEqual([]);
	}, 15_000);
});
