import type { Chat, PachcaEmulator } from '../emulator';
import { asJson, emulatorPerFile, fileEntry, requestsTo, rl, runMessage, uploadedFile } from '../harness/fixtures/message';

// Rate limits stay on in this file: the node paces message writes per chat and must never get a 429.
let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Releases', memberIds: [13] });
}, { rateLimits: true });

const sent = () => requestsTo(emu, 'POST', '/messages');

describe('Send', () => {
	it.each([
		['list', () => rl('list', chat.id)],
		['id', () => rl('id', chat.id)],
		['url', () => rl('url', `https://app.pachca.com/chats/${chat.id}?message=5`)],
	])('sends to a chat chosen %s, with exactly the spec body, and outputs the created message', async (_mode, locator) => {
		const result = await runMessage(emu, { operation: 'send', sendTo: 'chat', chatId: locator(), content: 'Build **42** is green' });

		expect(result.error).toBeUndefined();
		expect(sent().map((r) => r.body)).toEqual([
			{ message: { entity_type: 'discussion', entity_id: chat.id, content: 'Build **42** is green' } },
		]);
		expect(result.items).toHaveLength(1);
		const created = result.items[0].json;
		expect(created).toEqual(asJson(emu.state.messages.get(created.id as number)));
		expect(created).toMatchObject({ chat_id: chat.id, user_id: emu.botId, content: 'Build **42** is green' });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('sends a direct message to a user by ID', async () => {
		const result = await runMessage(emu, { operation: 'send', sendTo: 'user', userId: '13', content: 'Hi Olga' });

		expect(sent().map((r) => r.body)).toEqual([{ message: { entity_type: 'user', entity_id: 13, content: 'Hi Olga' } }]);
		const personal = emu.state.personalChat(emu.botId, 13);
		expect(personal).toBeDefined();
		expect(result.items[0].json).toMatchObject({ entity_type: 'user', entity_id: 13, chat_id: personal!.id });
	});

	it('comments in a thread by thread ID', async () => {
		const [root] = emu.addMessages(chat.id, 1);
		const thread = emu.state.threadFor(root, emu.userId);

		const result = await runMessage(emu, {
			operation: 'send',
			sendTo: 'thread',
			threadId: `={{ ${thread.id} }}`,
			content: 'In the thread',
		});

		expect(sent().map((r) => r.body)).toEqual([
			{ message: { entity_type: 'thread', entity_id: thread.id, content: 'In the thread' } },
		]);
		expect(result.items[0].json).toMatchObject({ entity_type: 'thread', entity_id: thread.id, chat_id: thread.chat_id });
	});

	it('sends every additional field under its spec name, link_preview beside message', async () => {
		const [parent] = emu.addMessages(chat.id, 1);
		const report = uploadedFile(emu, 'attaches/files/1/report.pdf', 'file', 2048);
		const result = await runMessage(emu, {
			operation: 'send',
			chatId: rl('id', chat.id),
			content: 'Report attached',
			additionalFields: {
				parentMessageId: String(parent.id),
				displayName: 'Release Bot',
				displayAvatarUrl: 'https://example.com/bot.png',
				skipInviteMentions: true,
				linkPreview: false,
				files: { file: [report.field] },
			},
		});

		expect(result.error).toBeUndefined();
		expect(sent().map((r) => r.body)).toEqual([
			{
				message: {
					entity_type: 'discussion',
					entity_id: chat.id,
					content: 'Report attached',
					parent_message_id: parent.id,
					display_name: 'Release Bot',
					display_avatar_url: 'https://example.com/bot.png',
					skip_invite_mentions: true,
					files: [report.api],
				},
				link_preview: false,
			},
		]);
		expect(result.items[0].json).toMatchObject({
			parent_message_id: parent.id,
			display_name: 'Release Bot',
			files: [expect.objectContaining({ key: report.api.key, name: 'report.pdf' })],
		});
	});

	it('sends a files-only message with empty content', async () => {
		const logo = uploadedFile(emu, 'attaches/files/2/logo.png', 'image', 10);
		const result = await runMessage(emu, {
			operation: 'send',
			chatId: rl('id', chat.id),
			content: '',
			additionalFields: { files: { file: [logo.field] } },
		});

		expect(result.error).toBeUndefined();
		expect(sent()[0].body).toEqual({ message: { entity_type: 'discussion', entity_id: chat.id, content: '', files: [logo.api] } });
		expect(result.items[0].json.files).toEqual([expect.objectContaining({ file_type: 'image' })]);
	});

	it('trims the output to the key fields with Simplify', async () => {
		const result = await runMessage(emu, { operation: 'send', chatId: rl('id', chat.id), content: 'Short', simplify: true });

		expect(Object.keys(result.items[0].json).sort()).toEqual(
			['chat_id', 'content', 'created_at', 'entity_id', 'entity_type', 'id', 'parent_message_id', 'thread', 'url', 'user_id'].sort(),
		);
	});

	it('paces many messages to one chat under the per-chat limit: all created, no 429', async () => {
		const input = Array.from({ length: 10 }, (_v, i) => ({ text: `Update ${i + 1}` }));
		const result = await runMessage(emu, { operation: 'send', chatId: rl('id', chat.id), content: '={{ $json.text }}' }, input);

		expect(result.items.map((item) => item.json.content)).toEqual(input.map((i) => i.text));
		expect(result.items.map((item) => item.pairedItem)).toEqual(input.map((_v, item) => ({ item })));
		expect(sent().map((r) => r.status)).toEqual(Array(10).fill(201));
	});

	it('reports an API refusal as a readable error naming the method', async () => {
		const closed = emu.addChat({ name: 'Board', botMember: false, public: true });
		const result = await runMessage(emu, { operation: 'send', chatId: rl('id', closed.id), content: 'Hello' });

		expect(result.error?.message).toContain('Pachca POST /messages failed with 403');
		expect(sent()).toHaveLength(1);
	});
});

describe('Send: bad input is refused before any request', () => {
	it.each([
		['empty content, no files', { chatId: rl('id', 1000), content: '' }, 'Content: the message is empty'],
		['blank content, no files', { chatId: rl('id', 1000), content: '  \n ' }, 'Content: the message is empty'],
		['a chat ID that is not a number', { chatId: rl('id', '={{ "abc" }}'), content: 'x' }, 'Chat: expected a positive numeric ID, got "abc" (item 0)'],
		['a chat URL that does not parse', { chatId: rl('url', '={{ "https://app.pachca.com/users/5" }}'), content: 'x' }, 'Chat: expected a Pachca chat link'],
		['a non-numeric user ID', { sendTo: 'user', userId: 'olga', content: 'x' }, 'User ID: expected a positive numeric ID, got "olga" (item 0)'],
		['a negative thread ID', { sendTo: 'thread', threadId: '-4', content: 'x' }, 'Thread ID: expected a positive numeric ID, got "-4" (item 0)'],
		['a non-numeric reply-to ID', { chatId: rl('id', 1000), content: 'x', additionalFields: { parentMessageId: 'first' } }, 'Reply To Message ID: '],
		['a file without a key', { chatId: rl('id', 1000), content: 'x', additionalFields: { files: { file: [{ ...fileEntry('a.txt').field, name: 'a.txt', key: ' ' }] } } }, 'Files: file 1: Key: is empty'],
	])('%s', async (_case, parameters, message) => {
		const result = await runMessage(emu, { operation: 'send', ...parameters });

		expect(result.error?.message).toContain(message);
		expect(result.error?.message).toContain('(item 0)');
		expect(result.items).toEqual([]);
		expect(emu.requests).toEqual([]);
	});

	it('a static chat ID that fails the field validation stops the workflow before the node runs', async () => {
		await expect(runMessage(emu, { operation: 'send', chatId: rl('id', 'abc'), content: 'x' })).rejects.toThrow(
			'Chat: not a valid chat ID',
		);
		expect(emu.requests).toEqual([]);
	});

	it('with Continue On Fail, a bad item becomes an error item and the others are sent', async () => {
		const input = [{ chat: chat.id, text: 'one' }, { chat: 'general', text: 'two' }, { chat: chat.id, text: '' }, { chat: chat.id, text: 'four' }];
		const result = await runMessage(
			emu,
			{ operation: 'send', chatId: rl('id', '={{ $json.chat }}'), content: '={{ $json.text }}' },
			input,
			{ continueOnFail: true },
		);

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.content ?? item.json.error, item.pairedItem])).toEqual([
			['one', { item: 0 }],
			['Chat: expected a positive numeric ID, got "general" (item 1)', { item: 1 }],
			['Content: the message is empty: write some text or attach files (item 2)', { item: 2 }],
			['four', { item: 3 }],
		]);
		expect(sent().map((r) => (r.body as { message: { content: string } }).message.content)).toEqual(['one', 'four']);
	});

	it('without Continue On Fail, the first bad item stops the node after the good ones before it', async () => {
		const result = await runMessage(
			emu,
			{ operation: 'send', chatId: rl('id', chat.id), content: '={{ $json.text }}' },
			[{ text: 'fine' }, { text: '' }, { text: 'never sent' }],
		);

		expect(result.error?.message).toContain('(item 1)');
		expect(sent().map((r) => (r.body as { message: { content: string } }).message.content)).toEqual(['fine']);
	});
});
