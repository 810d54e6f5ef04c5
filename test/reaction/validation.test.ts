import type { Chat, PachcaEmulator } from '../emulator';
import { emulatorPerFile, rl, runReaction } from '../harness/fixtures/reaction';

let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Team' });
});

describe('Bad input is an error naming the parameter and the item, and nothing is sent', () => {
	// Typed values are checked by the editor's regexes (n8n refuses to run): these come from expressions.
	it.each([
		['Add with a Message that is not an ID', { operation: 'add', messageId: rl('id', '={{ "first" }}'), emoji: '👍' }, 'Message: expected a positive numeric ID, got "first" (item 0)'],
		['Add with an Emoji that is text', { operation: 'add', messageId: rl('id', 1), emoji: '={{ "thumbs up" }}' }, 'Emoji: expected one of the listed emoji, Custom, or an emoji character, got "thumbs up" (item 0)'],
		['Add with no Emoji', { operation: 'add', messageId: rl('id', 1), emoji: '={{ $json.missing }}' }, 'Emoji: expected one of the listed emoji, Custom, or an emoji character, got undefined (item 0)'],
		['Add with a blank Custom Emoji', { operation: 'add', messageId: rl('id', 1), emoji: 'custom', customEmoji: '={{ "  " }}' }, 'Custom Emoji: is empty (item 0)'],
		['Add with a Custom Emoji with spaces', { operation: 'add', messageId: rl('id', 1), emoji: 'custom', customEmoji: '👍 👎' }, 'Custom Emoji: must be one emoji without spaces, got "👍 👎" (item 0)'],
		['Add with an Emoji Name that is an object', { operation: 'add', messageId: rl('id', 1), emoji: 'custom', customEmoji: '🦜', emojiName: '={{ {} }}' }, 'Emoji Name: expected text, got an object (item 0)'],
		['Remove with a Message link of another kind', { operation: 'remove', messageId: rl('url', '={{ "https://app.pachca.com/chats/1" }}'), emoji: '👍' }, 'Message: expected a Pachca message link'],
		['Remove with an Emoji that is a number', { operation: 'remove', messageId: rl('id', 1), emoji: '={{ 5 }}' }, 'Emoji: expected one of the listed emoji, Custom, or an emoji character, got 5 (item 0)'],
		['Get Many with a Limit of 0', { operation: 'getMany', messageId: rl('id', 1), returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
	])('%s', async (_case, parameters, message) => {
		const result = await runReaction(emu, parameters);
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('A token without the scope', () => {
	it.each([
		['add', 'reactions:write'],
		['remove', 'reactions:write'],
		['getMany', 'reactions:read'],
	])('%s: the error names the scope %s', async (operation, scope) => {
		const [message] = emu.addMessages(chat.id, 1);
		const token = emu.createToken({ bot: true, scopes: ['reactions:read', 'reactions:write'].filter((s) => s !== scope) });
		const result = await runReaction(emu, { operation, messageId: rl('id', message.id), emoji: '👍', returnAll: true }, [{}], { token });
		expect(result.error?.message).toContain('403');
		expect(result.error?.description).toContain(`lacks the scope "${scope}"`);
	});
});
