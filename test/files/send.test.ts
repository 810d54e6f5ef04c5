import type { Chat, PachcaEmulator } from '../emulator';
import { UPLOAD_FORM_FIELDS } from '../emulator/routes/uploads';
import { emulatorPerFile } from '../harness/emulator';
import { asJson, requestsTo, rl, uploadedFile } from '../harness/fixtures/message';
import { binaryOf, DIRECT_UPLOAD_PATH, PDF, PNG, requestLine, runWithBinary, storedFiles, uploadStore } from '../harness/fixtures/files';

// Rate limits stay on: uploads and message writes must never run into a 429.
let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Reports', memberIds: [13] });
}, { rateLimits: true });

beforeEach(() => uploadStore(emu.state).reset());

const posted = () => requestsTo(emu, 'POST', '/messages').map((r) => (r.body as { message: Record<string, unknown> }).message);

describe('Send: Attachments From Binary', () => {
	it('uploads a PNG as an image: the storage gets the exact bytes and the message its key, name, size and type', async () => {
		const result = await runWithBinary(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: 'Sales chart', additionalFields: { binaryFiles: 'data' } },
			[{ data: binaryOf(PNG, 'chart.png', 'image/png') }],
		);

		expect(result.error).toBeUndefined();
		expect(requestLine(emu)).toEqual(['POST /uploads', `POST ${DIRECT_UPLOAD_PATH}`, 'POST /messages']);
		const [stored] = storedFiles(emu);
		expect(stored.bytes.equals(PNG)).toBe(true);
		expect(stored).toMatchObject({ fileName: 'chart.png', contentType: 'image/png' });
		expect(stored.partOrder).toEqual([...UPLOAD_FORM_FIELDS, 'file']);
		expect(stored.key).toMatch(/^attaches\/files\/9001\/[0-9a-f-]{36}\/chart\.png$/);
		expect(posted()).toEqual([
			{
				entity_type: 'discussion',
				entity_id: chat.id,
				content: 'Sales chart',
				files: [{ key: stored.key, name: 'chart.png', file_type: 'image', size: PNG.length }],
			},
		]);
		const created = result.items[0].json;
		expect(created).toEqual(asJson(emu.state.messages.get(created.id as number)));
		expect(created.files).toEqual([expect.objectContaining({ key: stored.key, name: 'chart.png', file_type: 'image' })]);
	});

	it('uploads a PDF as a file, and the storage request carries no Authorization header', async () => {
		const result = await runWithBinary(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: 'Invoice', additionalFields: { binaryFiles: 'data' } },
			[{ data: binaryOf(PDF, 'invoice-42.pdf', 'application/pdf') }],
		);

		expect(result.error).toBeUndefined();
		const [storage] = requestsTo(emu, 'POST', DIRECT_UPLOAD_PATH);
		expect(storage.status).toBe(204);
		expect(storage.headers.authorization).toBeUndefined();
		expect(storage.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(requestsTo(emu, 'POST', '/uploads')[0].headers.authorization).toBe(`Bearer ${emu.botToken}`);
		const [stored] = storedFiles(emu);
		expect(stored.bytes.equals(PDF)).toBe(true);
		expect(posted()[0].files).toEqual([{ key: stored.key, name: 'invoice-42.pdf', file_type: 'file', size: PDF.length }]);
	});

	it('attaches two binary files to one message, after the files given by key, in the order named', async () => {
		const byKey = uploadedFile(emu, 'attaches/files/1/terms.txt', 'file', 10);
		const result = await runWithBinary(
			emu,
			{
				operation: 'send',
				chatId: rl('id', chat.id),
				content: 'Monthly pack',
				additionalFields: { binaryFiles: ' report , chart ', files: { file: [byKey.field] } },
			},
			[{ chart: binaryOf(PNG, 'chart.png', 'image/png'), report: binaryOf(PDF, 'report.pdf', 'application/pdf') }],
		);

		expect(result.error).toBeUndefined();
		expect(requestLine(emu)).toEqual([
			'POST /uploads', `POST ${DIRECT_UPLOAD_PATH}`, 'POST /uploads', `POST ${DIRECT_UPLOAD_PATH}`, 'POST /messages',
		]);
		const [report, chart] = storedFiles(emu);
		expect([report.bytes.equals(PDF), chart.bytes.equals(PNG)]).toEqual([true, true]);
		expect(report.key).not.toBe(chart.key);
		expect(posted()[0].files).toEqual([
			byKey.api,
			{ key: report.key, name: 'report.pdf', file_type: 'file', size: PDF.length },
			{ key: chart.key, name: 'chart.png', file_type: 'image', size: PNG.length },
		]);
		expect((result.items[0].json.files as unknown[]).length).toBe(3);
	});

	it('takes the property names from an expression list, and sends a message with files and no text', async () => {
		const result = await runWithBinary(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: '', additionalFields: { binaryFiles: '={{ ["a", "b"] }}' } },
			[{ a: binaryOf(PDF, 'a.pdf', 'application/pdf'), b: binaryOf(PNG, 'b.png', 'image/png') }],
		);

		expect(result.error).toBeUndefined();
		expect(posted()[0]).toMatchObject({ content: '', files: [{ name: 'a.pdf' }, { name: 'b.png' }] });
	});

	it('keeps a non-ASCII file name: in the storage form, the key and the message', async () => {
		const csv = Buffer.from('месяц;выручка\nмай;120\n', 'utf8');
		const result = await runWithBinary(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: 'Отчёт', additionalFields: { binaryFiles: 'data' } },
			[{ data: binaryOf(csv, 'Отчёт за май.csv', 'text/csv') }],
		);

		expect(result.error).toBeUndefined();
		const [stored] = storedFiles(emu);
		expect(stored.fileName).toBe('Отчёт за май.csv');
		expect(stored.key.endsWith('/Отчёт за май.csv')).toBe(true);
		expect(stored.bytes.equals(csv)).toBe(true);
		expect(posted()[0].files).toEqual([{ key: stored.key, name: 'Отчёт за май.csv', file_type: 'file', size: csv.length }]);
	});

	it.each([
		['quotes and replacement patterns ($&, $$, $\', $`)', 'Q3 "final" $& $$ $\' $`.pdf', 'Q3 "final" $& $$ $\' $`.pdf'],
		['CR and LF (removed from the name)', 'line\r\nbreak\t.pdf', 'linebreak.pdf'],
	])('a file name with %s: the message names the key the storage made, and shows the name as given', async (_case, given, shown) => {
		const result = await runWithBinary(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: 'Q3', additionalFields: { binaryFiles: 'data' } },
			[{ data: binaryOf(PDF, given, 'application/pdf') }],
		);

		expect(result.error).toBeUndefined();
		const [stored] = storedFiles(emu);
		expect(stored.key.startsWith('attaches/files/9001/')).toBe(true);
		expect(posted()[0].files).toEqual([{ key: stored.key, name: shown, file_type: 'file', size: PDF.length }]);
	});

	it('sends one message per input item, each with its own item’s file, paced with no 429', async () => {
		const reports = Array.from({ length: 6 }, (_v, i) => Buffer.from(`team,score\nteam-${i},${i * 10}\n`));
		const result = await runWithBinary(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: '={{ "Report " + $json.n }}', additionalFields: { binaryFiles: 'data' } },
			reports.map((bytes, i) => ({ data: binaryOf(bytes, `team-${i}.csv`, 'text/csv') })),
			{ input: reports.map((_b, n) => ({ n })) },
		);

		expect(result.error).toBeUndefined();
		expect(emu.requests.filter((r) => r.status === 429)).toEqual([]);
		const stored = storedFiles(emu);
		expect(stored.map((s) => s.bytes.toString())).toEqual(reports.map((b) => b.toString()));
		expect(posted().map((m) => [m.content, (m.files as Array<{ key: string }>)[0].key])).toEqual(
			stored.map((s, n) => [`Report ${n}`, s.key]),
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual(reports.map((_b, item) => ({ item })));
	});

	it('retries the storage after a 503 and sends the message once', async () => {
		emu.injectFault({ method: 'POST', path: DIRECT_UPLOAD_PATH, kind: 'status', status: 503 });
		const result = await runWithBinary(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: 'Retry me', additionalFields: { binaryFiles: 'data' } },
			[{ data: binaryOf(PDF, 'r.pdf', 'application/pdf') }],
		);

		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'POST', DIRECT_UPLOAD_PATH).map((r) => r.status)).toEqual([503, 204]);
		expect(storedFiles(emu)[0].bytes.equals(PDF)).toBe(true);
		expect(posted()).toHaveLength(1);
	});
});
