import type { Chat, PachcaEmulator } from '../emulator';
import { DOWNLOAD_PREFIX } from '../emulator/routes/downloads';
import {
	emulatorPerFile, fileOf, fileUrl, messageWithFiles, PDF, PNG, requestsTo, rl, runFile, runMessage,
} from '../harness/fixtures/file';

let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Inbox' });
});

const CSV = Buffer.from('id;name\n1;Olga\n');
const storageRequests = () => emu.requests.filter((r) => r.path.startsWith(DOWNLOAD_PREFIX));

describe('File → Download', () => {
	it('one item per file: bytes, names and MIME types kept, the message fields in JSON', async () => {
		const message = messageWithFiles(emu, chat.id, [
			{ name: 'plan.png', bytes: PNG, contentType: 'image/png', fileType: 'image' },
			{ name: 'Отчёт за май.pdf', bytes: PDF, contentType: 'application/pdf' },
		]);
		const result = await runFile(emu, { operation: 'download', messageId: rl('id', message.id) });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => fileOf(item.binary?.data))).toEqual([
			{ fileName: 'plan.png', mimeType: 'image/png', bytes: PNG },
			{ fileName: 'Отчёт за май.pdf', mimeType: 'application/pdf', bytes: PDF },
		]);
		expect(result.items[0].json).toMatchObject({ name: 'plan.png', file_type: 'image', message_id: message.id, chat_id: chat.id });
		// The signed link is not repeated in the output: it is a credential for an hour.
		expect(result.items[0].json.url).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('sends no token to the file storage (only the signed link authorises)', async () => {
		const message = messageWithFiles(emu, chat.id, [{ name: 'a.csv', bytes: CSV, contentType: 'text/csv' }]);
		const result = await runFile(emu, { operation: 'download', messageId: rl('url', `https://app.pachca.com/chats/${chat.id}?message=${message.id}`) });
		expect(result.error).toBeUndefined();
		expect(storageRequests()).toHaveLength(1);
		expect(storageRequests()[0].headers.authorization).toBeUndefined();
		expect(requestsTo(emu, 'GET', `/messages/${message.id}`)[0].headers.authorization).toBe(`Bearer ${emu.botToken}`);
	});

	it('a generic Content-Type from the storage gives way to the type the name tells', async () => {
		const message = messageWithFiles(emu, chat.id, [{ name: 'team.csv', bytes: CSV, contentType: 'binary/octet-stream' }]);
		const result = await runFile(emu, { operation: 'download', messageId: rl('id', message.id), binaryPropertyName: 'sheet' });
		expect(fileOf(result.items[0].binary?.sheet)).toEqual({ fileName: 'team.csv', mimeType: 'text/csv', bytes: CSV });
	});

	it('a message without files gives no items', async () => {
		const [plain] = emu.addMessages(chat.id, 1);
		const result = await runFile(emu, { operation: 'download', messageId: rl('id', plain.id) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(0);
	});

	it('a link the storage refuses is an error naming the file and the answer', async () => {
		const message = messageWithFiles(emu, chat.id, [{ name: 'gone.pdf', bytes: PDF, contentType: 'application/pdf' }]);
		message.files[0].url = fileUrl(emu.state, 'attaches/files/none/gone.pdf');
		const result = await runFile(emu, { operation: 'download', messageId: rl('id', message.id) });
		expect(result.error?.message).toBe('Downloading "gone.pdf" failed: the file storage answered 404: NoSuchKey: The specified key does not exist.');
		expect(storageRequests()).toHaveLength(1);
	});

	it('a token without messages:read gets an error naming the scope', async () => {
		const message = messageWithFiles(emu, chat.id, [{ name: 'a.csv', bytes: CSV, contentType: 'text/csv' }]);
		const token = emu.createToken({ bot: true, scopes: ['search:messages'] });
		const result = await runFile(emu, { operation: 'download', messageId: rl('id', message.id) }, [{}], { token });
		expect(result.error?.description).toContain('lacks the scope "messages:read"');
		expect(storageRequests()).toHaveLength(0);
	});

	it.each([
		// Expressions: a typed bad value is already stopped by n8n's own parameter check.
		['a Message that is not an ID', { messageId: rl('id', '={{ "latest" }}') }, 'Message: expected a positive numeric ID, got "latest" (item 0)'],
		['a Message link of a chat', { messageId: rl('url', '={{ "https://app.pachca.com/chats/12" }}') }, 'Message: expected a Pachca message link'],
		['an empty Put Output File in Field', { messageId: rl('id', 1), binaryPropertyName: ' ' }, 'Put Output File in Field: is empty (item 0)'],
	])('%s: an error naming it, nothing sent', async (_case, parameters, message) => {
		const result = await runFile(emu, { operation: 'download', ...parameters });
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('Message → Get / Get Many: Download Files', () => {
	it('Get puts the files in file_0, file_1 … beside the message JSON (Simplify too)', async () => {
		const message = messageWithFiles(emu, chat.id, [
			{ name: 'plan.png', bytes: PNG, contentType: 'image/png', fileType: 'image' },
			{ name: 'team.csv', bytes: CSV, contentType: 'text/csv' },
		]);
		const result = await runMessage(emu, { operation: 'get', messageId: rl('id', message.id), simplify: true, downloadFiles: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.id).toBe(message.id);
		expect(fileOf(result.items[0].binary?.file_0)).toEqual({ fileName: 'plan.png', mimeType: 'image/png', bytes: PNG });
		expect(fileOf(result.items[0].binary?.file_1)).toEqual({ fileName: 'team.csv', mimeType: 'text/csv', bytes: CSV });
	});

	it('Get Many adds each message’s files to its own item, with the chosen prefix', async () => {
		const own = emu.addChat({ name: 'Drop box' });
		emu.addMessages(own.id, 1, { content: 'no files' });
		const withPdf = messageWithFiles(emu, own.id, [{ name: 'a.pdf', bytes: PDF, contentType: 'application/pdf' }]);
		const result = await runMessage(emu, {
			operation: 'getMany', chatId: rl('id', own.id), returnAll: true, order: 'asc', downloadFiles: true, binaryPrefix: 'attachment_',
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => Object.keys(item.binary ?? {}))).toEqual([[], ['attachment_0']]);
		expect(fileOf(result.items[1].binary?.attachment_0)).toEqual({ fileName: 'a.pdf', mimeType: 'application/pdf', bytes: PDF });
		expect(result.items[1].json.id).toBe(withPdf.id);
	});

	it('off by default: no file is fetched', async () => {
		const message = messageWithFiles(emu, chat.id, [{ name: 'a.pdf', bytes: PDF, contentType: 'application/pdf' }]);
		const result = await runMessage(emu, { operation: 'get', messageId: rl('id', message.id) });
		expect(result.items[0].binary).toBeUndefined();
		expect(storageRequests()).toHaveLength(0);
	});

	it('an empty Binary Field Prefix is an error naming it, nothing sent', async () => {
		const result = await runMessage(emu, { operation: 'get', messageId: rl('id', 5), downloadFiles: true, binaryPrefix: '={{ " " }}' });
		expect(result.error?.message).toContain('Binary Field Prefix: is empty (item 0)');
		expect(emu.requests).toHaveLength(0);
	});
});
