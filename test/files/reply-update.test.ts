import type { Chat, PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { asJson, requestsTo, rl, uploadedFile } from '../harness/fixtures/message';
import { binaryOf, DIRECT_UPLOAD_PATH, PDF, PNG, requestLine, runWithBinary, storedFiles, uploadStore } from '../harness/fixtures/files';

let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Support', memberIds: [13] });
});

beforeEach(() => uploadStore(emu.state).reset());

describe('Reply in Thread: Attachments From Binary', () => {
	it('uploads first, then opens the thread and posts the reply with the file', async () => {
		const [question] = emu.addMessages(chat.id, 1, { content: 'Can I get the logs?' });
		const result = await runWithBinary(
			emu,
			{ operation: 'replyInThread', messageId: rl('id', question.id), content: 'Here', additionalFields: { binaryFiles: 'log' } },
			[{ log: binaryOf(PDF, 'logs.pdf', 'application/pdf') }],
		);

		expect(result.error).toBeUndefined();
		expect(requestLine(emu)).toEqual([
			'POST /uploads', `POST ${DIRECT_UPLOAD_PATH}`, `POST /messages/${question.id}/thread`, 'POST /messages',
		]);
		const [stored] = storedFiles(emu);
		const thread = emu.state.messages.get(question.id)!.thread!;
		expect(requestsTo(emu, 'POST', '/messages')[0].body).toEqual({
			message: {
				entity_type: 'thread',
				entity_id: thread.id,
				content: 'Here',
				files: [{ key: stored.key, name: 'logs.pdf', file_type: 'file', size: PDF.length }],
			},
		});
		expect(result.items[0].json).toMatchObject({ entity_type: 'thread', entity_id: thread.id, files: [{ key: stored.key }] });
	});

	it('a refused upload opens no thread and posts nothing', async () => {
		const [question] = emu.addMessages(chat.id, 1, { content: 'Screenshot please' });
		uploadStore(emu.state).refuseNext();
		const result = await runWithBinary(
			emu,
			{ operation: 'replyInThread', messageId: rl('id', question.id), content: '', additionalFields: { binaryFiles: 'data' } },
			[{ data: binaryOf(PNG, 'screen.png', 'image/png') }],
		);

		expect(result.error?.message).toContain('"screen.png" (binary property "data", image/png, 70 bytes): step 2 of 2');
		expect(requestLine(emu)).toEqual(['POST /uploads', `POST ${DIRECT_UPLOAD_PATH}`]);
		expect(emu.state.messages.get(question.id)!.thread).toBeNull();
	});
});

describe('Update: Attachments From Binary', () => {
	it('replaces the message’s files with the uploaded ones; content and buttons are not sent', async () => {
		const [own] = emu.addMessages(chat.id, 1, { user_id: emu.botId, content: 'Report is being built…', buttons: [[{ text: 'Stop', data: 'stop' }]] });
		const result = await runWithBinary(
			emu,
			{ operation: 'update', messageId: rl('id', own.id), updateFields: { binaryFiles: 'data' } },
			[{ data: binaryOf(PDF, 'report.pdf', 'application/pdf') }],
		);

		expect(result.error).toBeUndefined();
		const [stored] = storedFiles(emu);
		expect(requestsTo(emu, 'PUT', `/messages/${own.id}`).map((r) => r.body)).toEqual([
			{ message: { files: [{ key: stored.key, name: 'report.pdf', file_type: 'file', size: PDF.length }] } },
		]);
		expect(result.items[0].json).toEqual(asJson(emu.state.messages.get(own.id)));
		expect(result.items[0].json).toMatchObject({ content: 'Report is being built…', buttons: [[{ text: 'Stop', data: 'stop' }]] });
	});

	it('with new content and Files by key: key files first, then the uploads', async () => {
		const [own] = emu.addMessages(chat.id, 1, { user_id: emu.botId, content: 'Draft' });
		const terms = uploadedFile(emu, 'attaches/files/1/terms.txt', 'file', 10);
		const result = await runWithBinary(
			emu,
			{
				operation: 'update',
				messageId: rl('id', own.id),
				updateFields: { content: 'Final', files: { file: [terms.field] }, binaryFiles: 'chart' },
			},
			[{ chart: binaryOf(PNG, 'chart.png', 'image/png') }],
		);

		expect(result.error).toBeUndefined();
		const [stored] = storedFiles(emu);
		expect(requestsTo(emu, 'PUT', `/messages/${own.id}`).map((r) => r.body)).toEqual([
			{ message: { content: 'Final', files: [terms.api, { key: stored.key, name: 'chart.png', file_type: 'image', size: PNG.length }] } },
		]);
	});

	it('an empty new text is fine when binary files come along', async () => {
		const [own] = emu.addMessages(chat.id, 1, { user_id: emu.botId, content: 'Old text' });
		const result = await runWithBinary(
			emu,
			{ operation: 'update', messageId: rl('id', own.id), updateFields: { content: '', binaryFiles: 'data' } },
			[{ data: binaryOf(PNG, 'only.png', 'image/png') }],
		);

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ content: '', files: [{ name: 'only.png', file_type: 'image' }] });
	});

	it('a missing binary property sends nothing, the message stays as it was', async () => {
		const [own] = emu.addMessages(chat.id, 1, { user_id: emu.botId, content: 'Keep me' });
		const result = await runWithBinary(
			emu,
			{ operation: 'update', messageId: rl('id', own.id), updateFields: { content: 'New', binaryFiles: 'report' } },
			[{ data: binaryOf(PNG, 'x.png', 'image/png') }],
		);

		expect(result.error?.message).toBe(
			'Attachments From Binary: the input item has no binary property "report" (it has "data") (item 0)',
		);
		expect(emu.requests).toEqual([]);
		expect(emu.state.messages.get(own.id)!.content).toBe('Keep me');
	});
});
