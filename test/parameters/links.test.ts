import type { INodeProperties } from 'n8n-workflow';

import { chatLocator, messageLocator } from '../../nodes/Pachca/actions/common.descriptions';
import { LINK_REGEX, parseLink } from '../../nodes/shared/parameters';
import type { Chat, Message, PachcaEmulator } from '../emulator';
import { emulatorPerFile, requestsTo, rl, runMessage } from '../harness/fixtures/message';

let emu: PachcaEmulator;
let chat: Chat;
let message: Message;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Links' });
	[message] = emu.addMessages(chat.id, 2);
});

/** The regex the editor checks a locator's By URL mode with. */
function editorRegex(locator: INodeProperties): string {
	const mode = locator.modes?.find((m) => m.name === 'url');
	const rule = mode?.validation?.[0] as { properties: { regex: string } } | undefined;
	return rule?.properties.regex ?? '';
}

describe('Pachca links: one regex for the editor and the node', () => {
	it('the locators validate links with LINK_REGEX', () => {
		expect(editorRegex(chatLocator)).toBe(LINK_REGEX.chat);
		expect(editorRegex(messageLocator)).toBe(LINK_REGEX.message);
	});

	it.each([
		['https://app.pachca.com/chats/124511?message=56431', 56431],
		['https://app.pachca.com/chats/124511/messages/56431', 56431],
		['https://app.pachca.com/chats/124511/messages/56431?utm=x#top', 56431],
		['https://app.pachca.com/chats/124511?thread=2&message=56431#m', 56431],
		['http://pachca.com/chats/1?message=7', 7],
	])('message link %s → %d', (link, id) => {
		expect(parseLink('message', link, undefined)).toEqual({ id });
		expect(new RegExp(LINK_REGEX.message).test(link)).toBe(true);
	});

	it.each([
		['https://app.pachca.com/chats/124511', 'format'],
		['https://app.pachca.com/chats/124511?messages=5', 'format'],
		['https://app.pachca.com/users/5', 'format'],
		['https://app.pachca.com/chats/1?message=0', 'id'],
		['https://app.pachca.com/chats/1/messages/1234567890123456789012', 'id'],
		['https://pachca.example.com/chats/1?message=5', 'host'],
		['https://app.pachca.com.evil.io/chats/1/messages/5', 'host'],
	])('message link %s is refused (%s)', (link, error) => {
		expect(parseLink('message', link, undefined)).toEqual({ error });
	});

	it('a link on the credential Base URL host counts as Pachca (on-premise), other hosts do not', () => {
		const base = 'https://pachca.corp.example/api/shared/v1';
		expect(parseLink('chat', 'https://pachca.corp.example/chats/9', base)).toEqual({ id: 9 });
		expect(parseLink('chat', 'https://other.corp.example/chats/9', base)).toEqual({ error: 'host' });
	});
});

describe('links in the node', () => {
	it.each([
		['?message=ID, typed', () => rl('url', `https://app.pachca.com/chats/${chat.id}?message=${message.id}`)],
		['/messages/ID, typed', () => rl('url', `https://app.pachca.com/chats/${chat.id}/messages/${message.id}`)],
		['/messages/ID, from an expression', () => rl('url', `={{ "https://app.pachca.com/chats/" + $json.chat + "/messages/" + $json.id }}`)],
	])('Get accepts a message link with %s', async (_form, locator) => {
		const result = await runMessage(emu, { operation: 'get', messageId: locator() }, [{ chat: chat.id, id: message.id }]);

		expect(result.error).toBeUndefined();
		expect(emu.requests.map((r) => [r.method, r.path])).toEqual([['GET', `/messages/${message.id}`]]);
		expect(result.items[0].json.id).toBe(message.id);
	});

	it('Reply in Thread and Pin accept the /messages/ID form too', async () => {
		const link = `https://app.pachca.com/chats/${chat.id}/messages/${message.id}`;
		const reply = await runMessage(emu, { operation: 'replyInThread', messageId: rl('url', link), content: 'Seen' });
		const pin = await runMessage(emu, { operation: 'pin', messageId: rl('url', link) });

		expect(reply.error).toBeUndefined();
		expect(pin.items[0].json).toEqual({ success: true, id: message.id });
		expect(requestsTo(emu, 'POST', `/messages/${message.id}/thread`)).toHaveLength(1);
		expect(requestsTo(emu, 'POST', `/messages/${message.id}/pin`)).toHaveLength(1);
	});

	it('a link on the credential Base URL host is accepted', async () => {
		const host = new URL(emu.baseUrl).host;
		const result = await runMessage(emu, { operation: 'send', chatId: rl('url', `http://${host}/chats/${chat.id}`), content: 'On-premise' });

		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([
			{ message: { entity_type: 'discussion', entity_id: chat.id, content: 'On-premise' } },
		]);
	});

	it.each([
		['a chat link with ID 0', { operation: 'send', content: 'x', chatId: rl('url', 'https://app.pachca.com/chats/0') }, 'Chat: expected a link with a positive numeric chat ID, got "https://app.pachca.com/chats/0" (item 0)'],
		['a chat link with 22 digits', { operation: 'getMany', chatId: rl('url', 'https://pachca.com/chats/1234567890123456789012') }, 'Chat: expected a link with a positive numeric chat ID, got "https://pachca.com/chats/1234567890123456789012" (item 0)'],
		['a message link with message=0', { operation: 'get', messageId: rl('url', 'https://app.pachca.com/chats/5?message=0') }, 'Message: expected a link with a positive numeric message ID, got "https://app.pachca.com/chats/5?message=0" (item 0)'],
		['a chat link on a foreign host', { operation: 'send', content: 'x', chatId: rl('url', 'https://evil.example.com/chats/5') }, 'Chat: expected a link on a Pachca host (app.pachca.com or the credential\'s Base URL host), got "https://evil.example.com/chats/5" (item 0)'],
		['a message link on a foreign host', { operation: 'delete', messageId: rl('url', '={{ "https://evil.example.com/chats/5/messages/7" }}') }, 'Message: expected a link on a Pachca host (app.pachca.com or the credential\'s Base URL host), got "https://evil.example.com/chats/5/messages/7" (item 0)'],
		['a link from an expression that is not text', { operation: 'get', messageId: rl('url', '={{ $json.missing }}') }, 'Message: expected a Pachca message link, got undefined (item 0)'],
	])('refuses %s, without a request', async (_case, parameters, expected) => {
		const result = await runMessage(emu, parameters);

		expect(result.error?.message).toBe(expected);
		expect(emu.requests).toEqual([]);
	});

	it.each([
		['chat', { operation: 'send', content: 'x', chatId: rl('url', 'https://app.pachca.com/users/5') }, 'Chat: not a Pachca chat link'],
		['message', { operation: 'get', messageId: rl('url', 'https://app.pachca.com/chats/5') }, 'Message: not a Pachca message link'],
	])('a typed %s link that is not one stops at the editor validation, before the node runs', async (_kind, parameters, expected) => {
		await expect(runMessage(emu, parameters)).rejects.toThrow(expected);
		expect(emu.requests).toEqual([]);
	});
});
