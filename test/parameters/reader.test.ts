import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Chat, Message, PachcaEmulator } from '../emulator';
import { emulatorPerFile, requestsTo, rl, runMessage } from '../harness/fixtures/message';

// Each reader type, with the bad value typed into the field and with the same value coming from an
// expression (`={{ $json.v }}`): the same error text (label as the editor shows it, the item, what was
// received) and no request at the emulator.
let emu: PachcaEmulator;
let chat: Chat;
let message: Message;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Reader', memberIds: [13] });
	[message] = emu.addMessages(chat.id, 3);
});

/** Parameters of one operation with the value under test at `place`; `value` typed or an expression. */
type Build = (value: unknown) => INodeParameters;

const send = (extra: INodeParameters): INodeParameters => ({ operation: 'send', chatId: rl('id', chat.id), content: 'x', ...extra });

interface Case {
	type: string;
	build: Build;
	/** a bad value as it would be typed into the field (undefined: cannot be typed) */
	typed?: unknown;
	/** a bad value as an expression returns it */
	fromExpression: unknown;
	error: (received: string) => string;
}

const cases: Case[] = [
	{
		type: 'id (User ID)',
		build: (v) => ({ operation: 'send', sendTo: 'user', userId: v as string, content: 'x' }),
		typed: '0',
		fromExpression: '1234567890123456789012',
		error: (got) => `User ID: expected a positive numeric ID, got ${got}`,
	},
	{
		type: 'optionalId (Reply To Message ID)',
		build: (v) => send({ additionalFields: { parentMessageId: v as string } }),
		typed: 'first',
		fromExpression: null,
		error: (got) => `Reply To Message ID: expected a positive numeric ID, got ${got}`,
	},
	{
		type: 'locatorId by ID (Chat)',
		build: (v) => ({ operation: 'getMany', chatId: rl('id', v as string) }),
		fromExpression: 0,
		error: (got) => `Chat: expected a positive numeric ID, got ${got}`,
	},
	{
		type: 'locatorId by link (Message)',
		build: (v) => ({ operation: 'get', messageId: rl('url', v as string) }),
		typed: 'https://app.pachca.com/chats/5?message=0',
		fromExpression: 'https://pachca.com/chats/5/messages/1234567890123456789012',
		error: (got) => `Message: expected a link with a positive numeric message ID, got ${got}`,
	},
	{
		type: 'text (Content)',
		build: (v) => ({ operation: 'send', chatId: rl('id', chat.id), content: v as string }),
		fromExpression: undefined,
		error: (got) => `Content: expected text, got ${got}`,
	},
	{
		type: 'optionalText with a limit (Display Name)',
		build: (v) => send({ additionalFields: { displayName: v as string } }),
		typed: 'n'.repeat(256),
		fromExpression: 'n'.repeat(256),
		error: () => 'Display Name: 256 characters, at most 255 are allowed',
	},
	{
		type: 'optionalUrl (Display Avatar URL)',
		build: (v) => send({ additionalFields: { displayAvatarUrl: v as string } }),
		typed: 'ftp://example.com/a.png',
		fromExpression: 'ftp://example.com/a.png',
		error: (got) => `Display Avatar URL: expected an http:// or https:// URL, got ${got}`,
	},
	{
		type: 'boolean (Return All)',
		build: (v) => ({ operation: 'getMany', chatId: rl('id', chat.id), returnAll: v as boolean }),
		fromExpression: 'no',
		error: (got) => `Return All: expected true or false, got ${got}`,
	},
	{
		type: 'optionalBoolean (Link Preview)',
		build: (v) => send({ additionalFields: { linkPreview: v as boolean } }),
		fromExpression: 'yes',
		error: (got) => `Link Preview: expected true or false, got ${got}`,
	},
	{
		type: 'choice (Order)',
		build: (v) => ({ operation: 'getMany', chatId: rl('id', chat.id), order: v as string }),
		typed: 'sideways',
		fromExpression: 'sideways',
		error: (got) => `Order: expected one of "desc", "asc", got ${got}`,
	},
	{
		type: 'integer (Limit)',
		build: (v) => ({ operation: 'getMany', chatId: rl('id', chat.id), limit: v as number }),
		typed: 0,
		fromExpression: 'ten',
		error: (got) => `Limit: expected a whole number of at least 1, got ${got}`,
	},
];

const asExpression = (value: unknown) => `={{ ${value === undefined ? '$json.missing' : JSON.stringify(value)} }}`;
const described = (value: unknown) =>
	value === undefined || value === null ? String(value) : typeof value === 'string' ? JSON.stringify(value) : String(value);

describe.each(cases)('reader type $type', ({ build, typed, fromExpression, error }) => {
	if (typed !== undefined) {
		it('a typed bad value: the exact error, no request', async () => {
			const result = await runMessage(emu, build(typed));

			expect(result.error?.message).toBe(`${error(described(typed))} (item 0)`);
			expect(emu.requests).toEqual([]);
		});
	}

	it('the bad value from an expression: the exact error, no request', async () => {
		const result = await runMessage(emu, build(asExpression(fromExpression)));

		expect(result.error?.message).toBe(`${error(described(fromExpression))} (item 0)`);
		expect(emu.requests).toEqual([]);
	});
});

describe('Continue On Fail: a 3-item batch with one bad item', () => {
	const input = (bad: IDataObject): IDataObject[] => [{ text: 'first' }, { text: 'second', ...bad }, { text: 'third' }];

	it.each([
		['Content undefined', { content: '={{ $json.text }}' }, { text: undefined }, 'Content: expected text, got undefined (item 1)'],
		['Display Name too long', { additionalFields: { displayName: '={{ $json.name ?? "Bot" }}' } }, { name: 'n'.repeat(300) }, 'Display Name: 300 characters, at most 255 are allowed (item 1)'],
		['Link Preview "yes"', { additionalFields: { linkPreview: '={{ $json.preview ?? true }}' } }, { preview: 'yes' }, 'Link Preview: expected true or false, got "yes" (item 1)'],
		['a chat link on a foreign host', { chatId: rl('url', '={{ $json.link ?? "https://app.pachca.com/chats/" + $json.chat }}') }, { link: 'https://pachca.example.com/chats/1' }, 'Chat: expected a link on a Pachca host (app.pachca.com or the credential\'s Base URL host), got "https://pachca.example.com/chats/1" (item 1)'],
	])('%s: order, pairedItem and the good items are kept', async (_case, parameters, bad, expected) => {
		const items = input(bad).map((json) => ({ chat: chat.id, ...json }));
		const result = await runMessage(
			emu,
			{ operation: 'send', chatId: rl('id', '={{ $json.chat }}'), content: '={{ $json.text }}', ...parameters },
			items,
			{ continueOnFail: true },
		);

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.error ?? item.json.content, item.pairedItem])).toEqual([
			['first', { item: 0 }],
			[expected, { item: 1 }],
			['third', { item: 2 }],
		]);
		const posted = requestsTo(emu, 'POST', '/messages').map((r) => (r.body as { message: IDataObject }).message.content);
		expect(posted).toEqual(['first', 'third']);
	});

	it('a bad item in Get keeps the others: order and pairedItem', async () => {
		const result = await runMessage(
			emu,
			{ operation: 'get', messageId: rl('id', '={{ $json.id }}') },
			[{ id: message.id }, { id: 'latest' }, { id: message.id }],
			{ continueOnFail: true },
		);

		expect(result.items.map((item) => [item.json.error ?? item.json.id, item.pairedItem])).toEqual([
			[message.id, { item: 0 }],
			['Message: expected a positive numeric ID, got "latest" (item 1)', { item: 1 }],
			[message.id, { item: 2 }],
		]);
		expect(requestsTo(emu, 'GET', /^\/messages\//)).toHaveLength(2);
	});
});
