import type { Chat, PachcaEmulator } from '../emulator';
import { emulatorPerFile, rl, runThread } from '../harness/fixtures/thread';

let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Incidents' });
});

describe('Bad input is an error naming the parameter and the item, and nothing is sent', () => {
	// Typed values are checked by the editor's regexes (n8n refuses to run): these come from expressions.
	it.each([
		['Create with a Message that is not an ID', { operation: 'create', messageId: rl('id', '={{ "abc" }}') }, 'Message: expected a positive numeric ID, got "abc" (item 0)'],
		['Create with a chat link as the Message', { operation: 'create', messageId: rl('url', '={{ "https://app.pachca.com/chats/5" }}') }, 'Message: expected a Pachca message link'],
		['Get with a Thread that is not an ID', { operation: 'get', threadId: rl('id', '={{ 0 }}') }, 'Thread: expected a positive numeric ID, got 0 (item 0)'],
		['Get with a Thread link on another host', { operation: 'get', threadId: rl('url', 'https://evil.example.com/chats/1?message=2') }, 'Thread: expected a link on a Pachca host'],
		['Get Many with a Limit of 0', { operation: 'getMany', returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
		['Get Many with a Last Message After that is no date', { operation: 'getMany', filters: { lastMessageAfter: 'yesterday-ish' } }, 'Last Message After: expected a date and time, got "yesterday-ish" (item 0)'],
		['Get Many with a Last Message Before that is no date', { operation: 'getMany', filters: { lastMessageBefore: '2025-02-30' } }, 'Last Message Before: expected a date and time, got "2025-02-30" (item 0)'],
		[
			'Get Many with the time filters the wrong way round',
			{ operation: 'getMany', filters: { lastMessageAfter: '2025-02-01T00:00:00Z', lastMessageBefore: '2025-01-01T00:00:00Z' } },
			'Last Message After: 2025-02-01T00:00:00.000Z is later than Last Message Before (2025-01-01T00:00:00.000Z) (item 0)',
		],
	])('%s', async (_case, parameters, message) => {
		const result = await runThread(emu, parameters);
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('A token without the scope', () => {
	it.each([
		['create', 'threads:create', () => ({ messageId: rl('id', emu.addMessages(chat.id, 1)[0].id) })],
		['createStandalone', 'threads:create', () => ({})],
		['get', 'threads:read', () => ({ threadId: rl('id', emu.state.threadFor(emu.addMessages(chat.id, 1)[0], emu.botId).id) })],
		['getMany', 'threads:read', () => ({ returnAll: true })],
	])('%s: the error names the scope %s', async (operation, scope, parameters) => {
		const token = emu.createToken({ bot: true, scopes: ['messages:read', 'threads:create', 'threads:read'].filter((s) => s !== scope) });
		const result = await runThread(emu, { operation, ...parameters() }, [{}], { token });
		expect(result.error?.message).toContain('403');
		expect(result.error?.description).toContain(`lacks the scope "${scope}"`);
	});
});
