import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Chat, Message, PachcaEmulator } from '../emulator';
import { emulatorPerFile, fileEntry, requestsTo, rl, runMessage } from '../harness/fixtures/message';

// Every parameter of every Message operation, each given a bad value from an expression (`$json.v`,
// the usual case in a workflow): the error names the parameter as the editor shows it, the item and
// what was received, and nothing reaches Pachca.
let emu: PachcaEmulator;
let chat: Chat;
let own: Message;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Every parameter' });
	own = emu.state.insertMessage({ chat_id: chat.id, user_id: emu.botId, content: 'Bot message' });
});

const V = '={{ $json.v }}';
const LONG = 'n'.repeat(256);
const HOST_RULE = "a link on a Pachca host (app.pachca.com or the credential's Base URL host)";
const file = (fields: IDataObject) => ({ file: [{ ...fileEntry('attaches/files/1/report.pdf').field, ...fields }] });
const builder = (button: IDataObject) => ({ rows: [{ buttons: { button: [{ text: 'OK', type: 'data', data: 'ok', ...button }] } }] });

/** The base parameters of each operation, valid on their own. */
const base = (): Record<string, INodeParameters> => ({
	send: { operation: 'send', chatId: rl('id', chat.id), content: 'x' },
	replyInThread: { operation: 'replyInThread', messageId: rl('id', own.id), content: 'x' },
	get: { operation: 'get', messageId: rl('id', own.id) },
	getMany: { operation: 'getMany', chatId: rl('id', chat.id) },
	update: { operation: 'update', messageId: rl('id', own.id), updateFields: { content: 'x' } },
	delete: { operation: 'delete', messageId: rl('id', own.id) },
	pin: { operation: 'pin', messageId: rl('id', own.id) },
	unpin: { operation: 'unpin', messageId: rl('id', own.id) },
});

type Row = [operation: string, parameter: string, parameters: INodeParameters, v: unknown, error: string];

const rows: Row[] = [
	// Send
	// Send To takes no expressions (noDataExpression): a value set outside the editor is checked too.
	['send', 'Send To', { sendTo: 'fax' }, null, 'Send To: expected one of "chat", "thread", "user", got "fax"'],
	['send', 'Chat (By ID)', { chatId: rl('id', V) }, 'general', 'Chat: expected a positive numeric ID, got "general"'],
	['send', 'Chat (By URL)', { chatId: rl('url', V) }, 'https://example.com/chats/5', `Chat: expected ${HOST_RULE}, got "https://example.com/chats/5"`],
	['send', 'User ID', { sendTo: 'user', userId: V }, 0, 'User ID: expected a positive numeric ID, got 0'],
	['send', 'Thread ID', { sendTo: 'thread', threadId: V }, undefined, 'Thread ID: expected a positive numeric ID, got undefined'],
	['send', 'Content', { content: V }, null, 'Content: expected text, got null'],
	['send', 'Content (an object)', { content: V }, { text: 'hi' }, 'Content: expected text, got an object'],
	['send', 'Text of a builder button', { buttonsMode: 'builder', buttonRows: builder({ text: V }) }, null, 'Buttons: row 1, button 1: the text: expected text, got null'],
	['send', 'Data of a builder button', { buttonsMode: 'builder', buttonRows: builder({ data: V }) }, { id: 1 }, 'Buttons: row 1, button 1: the data: expected text, got an object'],
	['send', 'URL of a builder button', { buttonsMode: 'builder', buttonRows: builder({ type: 'url', data: undefined, url: V }) }, 42, 'Buttons: row 1, button 1: the URL: expected text, got 42'],
	['send', 'Type of a builder button', { buttonsMode: 'builder', buttonRows: builder({ type: V }) }, 'link', 'Buttons: row 1, button 1: Type: expected one of "data", "url", got "link"'],
	['send', 'Buttons (JSON)', { buttonsMode: 'json', buttonsJson: V }, 'yes', 'Buttons: not valid JSON (Unexpected token \'y\', "yes" is not valid JSON)'],
	['send', 'Display Avatar URL (scheme)', { additionalFields: { displayAvatarUrl: V } }, 'avatar.png', 'Display Avatar URL: expected an http:// or https:// URL, got "avatar.png"'],
	['send', 'Display Avatar URL (length)', { additionalFields: { displayAvatarUrl: V } }, `https://example.com/${'a'.repeat(236)}`, 'Display Avatar URL: 256 characters, at most 255 are allowed'],
	['send', 'Display Name', { additionalFields: { displayName: V } }, LONG, 'Display Name: 256 characters, at most 255 are allowed'],
	['send', 'Files: Key', { additionalFields: { files: file({ key: V }) } }, undefined, 'Files: file 1: Key: expected text, got undefined'],
	['send', 'Files: Name (extension)', { additionalFields: { files: file({ name: V }) } }, 'report.docx', 'Files: file 1: Name: the extension of "report.docx" must be ".pdf", as in the key'],
	['send', 'Files: Size', { additionalFields: { files: file({ size: V }) } }, 'big', 'Files: file 1: Size: expected a whole number of at least 0, got "big"'],
	['send', 'Files: Size (over int32)', { additionalFields: { files: file({ size: V }) } }, 2147483648, 'Files: file 1: Size: expected a whole number from 0 to 2147483647, got 2147483648'],
	['getMany', 'Limit (over int32)', { returnAll: false, limit: V }, 2147483648, 'Limit: expected a whole number from 1 to 2147483647, got 2147483648'],
	['send', 'Files: Type', { additionalFields: { files: file({ fileType: V }) } }, 'video', 'Files: file 1: Type: expected one of "audio", "file", "image", got "video"'],
	['send', 'Link Preview', { additionalFields: { linkPreview: V } }, 'yes', 'Link Preview: expected true or false, got "yes"'],
	['send', 'Reply To Message ID', { additionalFields: { parentMessageId: V } }, '1234567890123456789012', 'Reply To Message ID: expected a positive numeric ID, got "1234567890123456789012"'],
	['send', 'Skip Invite Mentions', { additionalFields: { skipInviteMentions: V } }, 'sometimes', 'Skip Invite Mentions: expected true or false, got "sometimes"'],
	['send', 'Simplify', { simplify: V }, 'yes', 'Simplify: expected true or false, got "yes"'],
	// Reply in Thread
	['replyInThread', 'Message (By ID)', { messageId: rl('id', V) }, -3, 'Message: expected a positive numeric ID, got -3'],
	['replyInThread', 'Message (By URL)', { messageId: rl('url', V) }, 'https://app.pachca.com/chats/1?message=0', 'Message: expected a link with a positive numeric message ID, got "https://app.pachca.com/chats/1?message=0"'],
	['replyInThread', 'Content', { content: V }, undefined, 'Content: expected text, got undefined'],
	['replyInThread', 'Display Name', { additionalFields: { displayName: V } }, null, 'Display Name: expected text, got null'],
	['replyInThread', 'Skip Invite Mentions', { additionalFields: { skipInviteMentions: V } }, 1, 'Skip Invite Mentions: expected true or false, got 1'],
	['replyInThread', 'Simplify', { simplify: V }, 'no', 'Simplify: expected true or false, got "no"'],
	// Get
	['get', 'Message', { messageId: rl('id', V) }, 'latest', 'Message: expected a positive numeric ID, got "latest"'],
	['get', 'Simplify', { simplify: V }, null, 'Simplify: expected true or false, got null'],
	// Get Many
	['getMany', 'Chat (By URL)', { chatId: rl('url', V) }, 'https://app.pachca.com/chats/0', 'Chat: expected a link with a positive numeric chat ID, got "https://app.pachca.com/chats/0"'],
	['getMany', 'Return All', { returnAll: V }, 'sure', 'Return All: expected true or false, got "sure"'],
	['getMany', 'Limit', { limit: V }, 'ten', 'Limit: expected a whole number of at least 1, got "ten"'],
	['getMany', 'Limit (with Return All from an expression)', { returnAll: '={{ false }}', limit: V }, 2.5, 'Limit: expected a whole number of at least 1, got 2.5'],
	['getMany', 'Order', { order: V }, 'sideways', 'Order: expected one of "desc", "asc", got "sideways"'],
	['getMany', 'Simplify', { simplify: V }, 'false!', 'Simplify: expected true or false, got "false!"'],
	// Update
	['update', 'Message', { messageId: rl('url', V) }, 'https://app.pachca.com/chats/1', 'Message: expected a Pachca message link, got "https://app.pachca.com/chats/1"'],
	['update', 'Content', { updateFields: { content: V } }, undefined, 'Content: expected text, got undefined'],
	['update', 'Display Avatar URL', { updateFields: { displayAvatarUrl: V } }, 'javascript:alert(1)', 'Display Avatar URL: expected an http:// or https:// URL, got "javascript:alert(1)"'],
	['update', 'Display Name', { updateFields: { displayName: V } }, ['a'], 'Display Name: expected text, got an array'],
	['update', 'Files: Name', { updateFields: { files: file({ name: V }) } }, 'report', 'Files: file 1: Name: the extension of "report" must be ".pdf", as in the key'],
	['update', 'Buttons (JSON)', { buttonsMode: 'json', buttonsJson: V }, [[{ text: 'A' }]], 'Buttons: row 1, button 1: needs exactly one of "url" or "data"'],
	['update', 'Buttons', { buttonsMode: 'none' }, null, 'Buttons: expected one of "keep", "remove", "builder", "json", got "none"'],
	['update', 'Update Fields (none set)', { updateFields: {} }, null, 'Update Fields: nothing to update: add a field or change the buttons'],
	['update', 'Simplify', { simplify: V }, 'on', 'Simplify: expected true or false, got "on"'],
	// Delete, Pin, Unpin
	['delete', 'Message', { messageId: rl('id', V) }, 0, 'Message: expected a positive numeric ID, got 0'],
	['pin', 'Message', { messageId: rl('url', V) }, 'https://pachca.evil.io/chats/1?message=2', `Message: expected ${HOST_RULE}, got "https://pachca.evil.io/chats/1?message=2"`],
	['unpin', 'Message', { messageId: rl('id', V) }, null, 'Message: expected a positive numeric ID, got null'],
];

describe('every Message parameter refuses a bad value from an expression, before any request', () => {
	it.each(rows)('%s: %s', async (operation, _parameter, parameters, v, error) => {
		const result = await runMessage(emu, { ...base()[operation], ...parameters }, [{ v } as IDataObject]);

		expect(result.error?.message).toBe(`${error} (item 0)`);
		expect(result.items).toEqual([]);
		expect(emu.requests).toEqual([]);
	});

	it('covers every operation of the resource', () => {
		expect(new Set(rows.map(([operation]) => operation))).toEqual(new Set(Object.keys(base())));
	});
});

describe('values that look odd but are valid are sent as the spec wants them', () => {
	const posted = () => requestsTo(emu, 'POST', '/messages').map((r) => r.body as { message: IDataObject; link_preview?: unknown });

	it('a number as content or button text is sent as text', async () => {
		const result = await runMessage(
			emu,
			{ ...base().send, content: V, buttonsMode: 'builder', buttonRows: builder({ text: V, data: V }) },
			[{ v: 4512 }],
		);

		expect(result.error).toBeUndefined();
		expect(posted()[0].message).toMatchObject({ content: '4512', buttons: [[{ text: '4512', data: '4512' }]] });
	});

	it('a numeric button text in JSON is sent as text, not refused as empty', async () => {
		const result = await runMessage(emu, { ...base().send, buttonsMode: 'json', buttonsJson: '[[{"text": 1, "data": "one"}]]' });

		expect(result.error).toBeUndefined();
		expect(posted()[0].message.buttons).toEqual([[{ text: '1', data: 'one' }]]);
	});

	it('a button label of 255 emoji is sent; 256 are refused', async () => {
		const label = (n: number) => '😀'.repeat(n);
		const ok = await runMessage(emu, { ...base().send, buttonsMode: 'builder', buttonRows: builder({ text: label(255) }) });
		const tooLong = await runMessage(emu, { ...base().send, buttonsMode: 'builder', buttonRows: builder({ text: label(256) }) });

		expect(ok.error).toBeUndefined();
		expect(posted()).toHaveLength(1);
		expect(tooLong.error?.message).toBe('Buttons: row 1, button 1: the text is 256 characters long, at most 255 are allowed (item 0)');
	});

	it('"true" and "false" from expressions are booleans; the display fields at 255 characters pass', async () => {
		const result = await runMessage(
			emu,
			{
				...base().send,
				additionalFields: {
					linkPreview: '={{ "false" }}',
					skipInviteMentions: '={{ "TRUE" }}',
					displayName: '😀'.repeat(255),
					displayAvatarUrl: `https://example.com/${'a'.repeat(235)}`,
				},
			},
		);

		expect(result.error).toBeUndefined();
		expect(posted()[0]).toMatchObject({
			link_preview: false,
			message: { skip_invite_mentions: true, display_name: '😀'.repeat(255) },
		});
	});

	it('Return All "false" from an expression reads only up to Limit', async () => {
		emu.addMessages(chat.id, 60);
		const result = await runMessage(emu, { ...base().getMany, returnAll: '={{ "false" }}', limit: 3 });

		expect(result.items).toHaveLength(3);
		expect(requestsTo(emu, 'GET', '/messages')).toHaveLength(1);
	});

	it('a blank Reply To Message ID is left out', async () => {
		const result = await runMessage(emu, { ...base().send, additionalFields: { parentMessageId: ' ' } });

		expect(result.error).toBeUndefined();
		expect(posted()[0].message).not.toHaveProperty('parent_message_id');
	});
});
