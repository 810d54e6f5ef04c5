import type { Chat, Message, PachcaEmulator } from '../emulator';
import { emulatorPerFile, reactionsOf, requestsTo, rl, runReaction, seedReaction } from '../harness/fixtures/reaction';

let emu: PachcaEmulator;
let chat: Chat;
let message: Message;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Team', memberIds: [13, 14] });
});
beforeEach(() => {
	[message] = emu.addMessages(chat.id, 1, { content: 'Release 2.0 is out' });
});

const stored = () => reactionsOf(emu.state, message.id).map((r) => [r.user_id, r.code, r.name]);

describe('Add', () => {
	it.each([
		['id', () => rl('id', message.id)],
		['url', () => rl('url', `https://app.pachca.com/chats/${chat.id}/messages/${message.id}`)],
	])('reacts to a message chosen by %s with an emoji from the list', async (_mode, locator) => {
		const result = await runReaction(emu, { operation: 'add', messageId: locator(), emoji: '🎉' });

		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'POST', `/messages/${message.id}/reactions`).map((r) => r.body)).toEqual([{ code: '🎉' }]);
		expect(stored()).toEqual([[emu.botId, '🎉', '🎉']]);
		expect(result.items).toEqual([
			{ json: { message_id: message.id, user_id: emu.botId, code: '🎉', name: '🎉', created_at: expect.any(String) }, pairedItem: { item: 0 } },
		]);
	});

	it('sends a custom emoji with its name', async () => {
		await runReaction(emu, { operation: 'add', messageId: rl('id', message.id), emoji: 'custom', customEmoji: ' 🦜 ', emojiName: ':party_parrot:' });

		expect(requestsTo(emu, 'POST', `/messages/${message.id}/reactions`).map((r) => r.body)).toEqual([{ code: '🦜', name: ':party_parrot:' }]);
		expect(stored()).toEqual([[emu.botId, '🦜', ':party_parrot:']]);
	});

	it('takes any emoji character from an expression (e.g. the emoji of a reaction event)', async () => {
		await runReaction(emu, { operation: 'add', messageId: rl('id', message.id), emoji: '={{ $json.code }}' }, [{ code: '🧯' }]);

		expect(stored()).toEqual([[emu.botId, '🧯', '🧯']]);
	});

	it('adding the same reaction twice leaves one, as Pachca does', async () => {
		await runReaction(emu, { operation: 'add', messageId: rl('id', message.id), emoji: '👍' });
		const again = await runReaction(emu, { operation: 'add', messageId: rl('id', message.id), emoji: '👍' });

		expect(again.error).toBeUndefined();
		expect(stored()).toEqual([[emu.botId, '👍', '👍']]);
	});

	it("Pachca's limit of 20 different reactions per person reaches the user", async () => {
		for (let i = 0; i < 20; i++) seedReaction(emu.state, message.id, emu.botId, String.fromCodePoint(0x1f600 + i));

		const result = await runReaction(emu, { operation: 'add', messageId: rl('id', message.id), emoji: '🚀' });

		expect(result.error?.message).toContain('422');
		expect(result.error?.message).toContain('at most 20 different reactions');
	});
});

describe('Remove', () => {
	it("removes the bot's own reaction, sending the emoji as the code", async () => {
		seedReaction(emu.state, message.id, emu.botId, '👀');
		seedReaction(emu.state, message.id, 13, '👀');

		const result = await runReaction(emu, { operation: 'remove', messageId: rl('id', message.id), emoji: '👀' });

		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'DELETE', `/messages/${message.id}/reactions`).map((r) => r.query)).toEqual([{ code: '👀' }]);
		expect(stored()).toEqual([[13, '👀', '👀']]);
		expect(result.items[0].json).toEqual({ success: true, message_id: message.id, code: '👀' });
	});

	it('sends the name of a custom emoji too', async () => {
		seedReaction(emu.state, message.id, emu.botId, '🦜', ':party_parrot:');

		await runReaction(emu, { operation: 'remove', messageId: rl('id', message.id), emoji: 'custom', customEmoji: '🦜', emojiName: ':party_parrot:' });

		expect(requestsTo(emu, 'DELETE', `/messages/${message.id}/reactions`).map((r) => r.query)).toEqual([{ code: '🦜', name: ':party_parrot:' }]);
		expect(stored()).toEqual([]);
	});
});

describe('Get Many', () => {
	it('lists who reacted with what; Return All reads past 50, Limit stops early', async () => {
		const users = Array.from({ length: 60 }, (_, i) => emu.state.addUser({ nickname: `reader${message.id}_${i}` }).id);
		users.forEach((userId, i) => seedReaction(emu.state, message.id, userId, i % 2 === 0 ? '👍' : '🔥'));

		const all = await runReaction(emu, { operation: 'getMany', messageId: rl('id', message.id), returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items.map((item) => [item.json.user_id, item.json.code])).toEqual(users.map((u, i) => [u, i % 2 === 0 ? '👍' : '🔥']));
		expect(all.items[0]).toEqual({
			json: { message_id: message.id, user_id: users[0], code: '👍', name: '👍', created_at: expect.any(String) },
			pairedItem: { item: 0 },
		});
		expect(requestsTo(emu, 'GET', `/messages/${message.id}/reactions`).map((r) => r.query.limit)).toEqual(['50', '50']);

		emu.clearRequests();
		const some = await runReaction(emu, { operation: 'getMany', messageId: rl('id', message.id), returnAll: false, limit: 5 });
		expect(some.items.map((item) => item.json.user_id)).toEqual(users.slice(0, 5));
		expect(requestsTo(emu, 'GET', `/messages/${message.id}/reactions`).map((r) => r.query.limit)).toEqual(['5']);
	});
});
