import type { IDataObject } from 'n8n-workflow';

import type { Chat, Message, PachcaEmulator } from '../emulator';
import { emulatorPerFile, requestsTo, rl, runMessage } from '../harness/fixtures/message';

let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Approvals' });
});

const APPROVE_REJECT = [
	[
		{ text: 'Approve', data: 'approve:4512' },
		{ text: 'Reject', data: 'reject:4512' },
	],
	[{ text: 'Open order', url: 'https://example.com/orders/4512' }],
];

const send = (buttons: Record<string, unknown>, input?: IDataObject[]) =>
	runMessage(emu, { operation: 'send', chatId: rl('id', chat.id), content: 'Order 4512 needs approval', ...buttons }, input);

const sentButtons = () =>
	requestsTo(emu, 'POST', '/messages').map((r) => (r.body as { message: { buttons?: unknown } }).message.buttons);

/** Builder value for rows given as [text, 'data' | 'url', value] triples. */
const builder = (...rows: Array<Array<[string, 'data' | 'url', string]>>) => ({
	rows: rows.map((row) => ({ buttons: { button: row.map(([text, type, value]) => ({ text, type, [type]: value })) } })),
});

/** `count` data buttons in rows of `perRow`. */
const grid = (count: number, perRow: number) =>
	Array.from({ length: Math.ceil(count / perRow) }, (_r, r) =>
		Array.from({ length: Math.min(perRow, count - r * perRow) }, (_b, b) => ({ text: `B${r}.${b}`, data: `d${r}.${b}` })),
	);

describe('Buttons on Send', () => {
	it('builds rows of Data and URL buttons with the visual builder', async () => {
		const result = await send({
			buttonsMode: 'builder',
			buttonRows: builder(
				[['Approve', 'data', 'approve:4512'], ['Reject', 'data', 'reject:4512']],
				[['Open order', 'url', 'https://example.com/orders/4512']],
			),
		});

		expect(result.error).toBeUndefined();
		expect(sentButtons()).toEqual([APPROVE_REJECT]);
		expect(result.items[0].json.buttons).toEqual(APPROVE_REJECT);
	});

	it('takes a JSON string', async () => {
		const result = await send({ buttonsMode: 'json', buttonsJson: JSON.stringify(APPROVE_REJECT, null, 2) });

		expect(result.error).toBeUndefined();
		expect(sentButtons()).toEqual([APPROVE_REJECT]);
	});

	it('takes an expression that already returns the array', async () => {
		const result = await send({ buttonsMode: 'json', buttonsJson: '={{ $json.buttons }}' }, [{ buttons: APPROVE_REJECT }]);

		expect(result.error).toBeUndefined();
		expect(sentButtons()).toEqual([APPROVE_REJECT]);
	});

	it('sends only text and url/data of each button, and drops empty rows', async () => {
		const rows = [[], [{ text: 'Yes', data: 'yes', color: 'green' }], []];
		await send({ buttonsMode: 'json', buttonsJson: JSON.stringify(rows) });

		expect(sentButtons()).toEqual([[[{ text: 'Yes', data: 'yes' }]]]);
	});

	it.each([
		['None', { buttonsMode: 'none' }],
		['an empty JSON array', { buttonsMode: 'json', buttonsJson: '[]' }],
		['a builder without rows', { buttonsMode: 'builder', buttonRows: {} }],
	])('leaves "buttons" out of the body with %s', async (_case, buttons) => {
		await send(buttons);

		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([
			{ message: { entity_type: 'discussion', entity_id: chat.id, content: 'Order 4512 needs approval' } },
		]);
	});

	it('accepts the limits themselves: 8 in a row, 100 in all, 255-character text and data', async () => {
		const rows = grid(100, 8);
		rows[0][0] = { text: 'T'.repeat(255), data: 'D'.repeat(255) };
		const result = await send({ buttonsMode: 'json', buttonsJson: JSON.stringify(rows) });

		expect(result.error).toBeUndefined();
		expect(sentButtons()).toEqual([rows]);
		expect((result.items[0].json.buttons as unknown[][]).flat()).toHaveLength(100);
	});
});

describe('Buttons: invalid buttons are refused before any request', () => {
	const row = (n: number) => grid(n, n)[0];
	it.each([
		['JSON that does not parse', '[[{"text": "Yes", "data": "yes"}', 'Buttons: not valid JSON'],
		['not an array', '{"text": "Yes", "data": "yes"}', 'Buttons: must be an array of rows'],
		['a row that is not an array', [[{ text: 'A', data: 'a' }], 'B'], 'Buttons: row 2: must be an array of buttons (item 0)'],
		['buttons without rows', [{ text: 'A', data: 'a' }], 'Buttons: row 1: must be an array of buttons: wrap each row in [ ]'],
		['9 buttons in a row', [row(2), row(9)], 'Buttons: row 2: 9 buttons, at most 8 are allowed in a row'],
		['101 buttons', grid(101, 8), 'Buttons: 101 buttons, at most 100 are allowed in a message'],
		['33 rows', grid(33, 1), 'Buttons: 33 rows, at most 32 are allowed'],
		['a 256-character text', [row(3), [{ text: 'x'.repeat(256), data: 'a' }]], 'Buttons: row 2, button 1: the text is 256 characters long, at most 255'],
		['256-character data', [[{ text: 'A', data: 'y'.repeat(256) }]], 'Buttons: row 1, button 1: the data is 256 characters long, at most 255'],
		['an empty text', [[{ text: 'A', data: 'a' }, { text: ' ', data: 'b' }]], 'Buttons: row 1, button 2: the text is empty'],
		['both url and data', [[{ text: 'A', data: 'a', url: 'https://example.com' }]], 'Buttons: row 1, button 1: needs exactly one of "url" or "data"'],
		['neither url nor data', [row(2), [{ text: 'A' }]], 'Buttons: row 2, button 1: needs exactly one of "url" or "data"'],
		['a button that is not an object', [[{ text: 'A', data: 'a' }, 'B']], 'Buttons: row 1, button 2: must be an object'],
		['an ftp URL', [row(2), [{ text: 'A', data: 'a' }, { text: 'B', data: 'b' }, { text: 'C', url: 'ftp://example.com/f' }]], 'Buttons: row 2, button 3: the URL "ftp://example.com/f" must start with http:// or https://'],
		['a javascript: URL', [[{ text: 'A', url: 'javascript:alert(1)' }]], 'Buttons: row 1, button 1: the URL "javascript:alert(1)" must start with http://'],
		['a URL that is not a URL', [[{ text: 'A', url: 'example.com/x' }]], 'Buttons: row 1, button 1: the URL "example.com/x" is not a valid URL'],
	])('%s', async (_case, json, message) => {
		const buttonsJson = typeof json === 'string' ? json : JSON.stringify(json);
		const result = await send({ buttonsMode: 'json', buttonsJson });

		expect(result.error?.message).toContain(message);
		expect(result.error?.message).toContain('(item 0)');
		expect(emu.requests).toEqual([]);
	});

	it('names the row and button of a bad builder button', async () => {
		const result = await send({
			buttonsMode: 'builder',
			buttonRows: builder([['Approve', 'data', 'approve']], [['Docs', 'url', 'https://example.com'], ['Mail', 'url', 'mailto:a@example.com']]),
		});

		expect(result.error?.message).toBe(
			'Buttons: row 2, button 2: the URL "mailto:a@example.com" must start with http:// or https:// (item 0)',
		);
		expect(emu.requests).toEqual([]);
	});
});

describe('Buttons on Update and Reply in Thread', () => {
	let message: Message;
	beforeEach(() => {
		[message] = emu.addMessages(chat.id, 1, { user_id: emu.botId, buttons: [[{ text: 'Old', data: 'old' }]] });
	});

	it('replaces the buttons of a message with the builder', async () => {
		const result = await runMessage(emu, {
			operation: 'update',
			messageId: rl('id', message.id),
			buttonsMode: 'builder',
			buttonRows: builder([['Approved', 'url', 'https://example.com/orders/4512']]),
		});

		expect(requestsTo(emu, 'PUT', `/messages/${message.id}`).map((r) => r.body)).toEqual([
			{ message: { buttons: [[{ text: 'Approved', url: 'https://example.com/orders/4512' }]] } },
		]);
		expect(result.items[0].json.buttons).toEqual([[{ text: 'Approved', url: 'https://example.com/orders/4512' }]]);
	});

	it('removes all buttons by sending an empty array', async () => {
		const result = await runMessage(emu, { operation: 'update', messageId: rl('id', message.id), buttonsMode: 'remove' });

		expect(requestsTo(emu, 'PUT', `/messages/${message.id}`).map((r) => r.body)).toEqual([{ message: { buttons: [] } }]);
		expect(result.items[0].json.buttons).toBeNull();
		expect(emu.state.messages.get(message.id)!.buttons).toBeNull();
	});

	it('refuses invalid update buttons before any request', async () => {
		const result = await runMessage(emu, {
			operation: 'update',
			messageId: rl('id', message.id),
			buttonsMode: 'json',
			buttonsJson: '={{ [[{ text: "Go", url: "ftp://example.com" }]] }}',
		});

		expect(result.error?.message).toContain('Buttons: row 1, button 1: the URL "ftp://example.com" must start with http://');
		expect(emu.requests).toEqual([]);
	});

	it('puts buttons on a reply in a thread', async () => {
		const result = await runMessage(emu, {
			operation: 'replyInThread',
			messageId: rl('id', message.id),
			content: 'Decide here',
			buttonsMode: 'json',
			buttonsJson: JSON.stringify(APPROVE_REJECT),
		});

		expect(result.error).toBeUndefined();
		expect(sentButtons()).toEqual([APPROVE_REJECT]);
		expect(result.items[0].json).toMatchObject({ entity_type: 'thread', buttons: APPROVE_REJECT });
	});
});
