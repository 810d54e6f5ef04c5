// The webhooks that member and reaction changes made through the API cause: chat_member.add/remove and
// reaction.new/delete, signed, to the subscribed bots in the chat, and stored in their event history.
import { createHmac } from 'node:crypto';

import { PachcaEmulator, type Chat } from './index';
import { api, Receiver } from './helpers';

let emu: PachcaEmulator;
let chat: Chat;
let receiver: Receiver;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	chat = emu.addChat({ name: 'Team', memberIds: [13] });
	receiver = await new Receiver([200]).start();
	emu.setBotWebhook(emu.botId, receiver.url);
	emu.state.history.set(emu.botId, []);
});
afterEach(async () => {
	await emu.stop();
	await receiver.stop();
});

/** What the bot received, in order, once every delivery the API calls caused is done. */
async function received(): Promise<Array<Record<string, unknown>>> {
	await emu.flushWebhooks();
	const secret = emu.state.bots.get(emu.botId)!.signingSecret;
	for (const r of receiver.received) {
		expect(r.headers['pachca-signature']).toBe(createHmac('sha256', secret).update(r.rawBody).digest('hex'));
	}
	return receiver.received.map((r) => JSON.parse(r.rawBody) as Record<string, unknown>);
}

const historyPayloads = async () => {
	const res = await api(emu, 'GET', '/webhooks/events', { token: emu.botToken });
	expect(res.status).toBe(200);
	return (res.json.data as Array<{ payload: Record<string, unknown> }>).map((event) => event.payload);
};

const MEMBER_FIELDS = ['chat_id', 'created_at', 'event', 'thread_id', 'type', 'user_ids', 'webhook_timestamp'];
const REACTION_FIELDS = ['chat_id', 'code', 'created_at', 'event', 'message_id', 'name', 'type', 'user_id', 'webhook_timestamp'];

describe('chat member webhooks', () => {
	it('POST /chats/{id}/members: chat_member.add for the users who joined, signed, and in the history', async () => {
		expect((await api(emu, 'POST', `/chats/${chat.id}/members`, { body: { member_ids: [13, 14] } })).status).toBe(204);
		// Nobody new: no event.
		expect((await api(emu, 'POST', `/chats/${chat.id}/members`, { body: { member_ids: [14] } })).status).toBe(204);
		const events = await received();
		expect(events).toEqual([
			expect.objectContaining({ type: 'chat_member', event: 'add', chat_id: chat.id, thread_id: null, user_ids: [14] }),
		]);
		expect(Object.keys(events[0]).sort()).toEqual(MEMBER_FIELDS);
		expect(new Date(String(events[0].created_at)).toISOString()).toBe(events[0].created_at);
		expect(await historyPayloads()).toEqual([expect.objectContaining({ type: 'chat_member', event: 'add', user_ids: [14] })]);
	});

	it('DELETE /chats/{id}/members/{user_id}: chat_member.remove', async () => {
		const res = await api(emu, 'DELETE', `/chats/${chat.id}/members/13`);
		expect(res.status).toBe(204);
		expect(await received()).toEqual([expect.objectContaining({ type: 'chat_member', event: 'remove', chat_id: chat.id, user_ids: [13] })]);
	});

	it('group tags: their members who joined, then the ones who left with the tag', async () => {
		const tag = emu.state.addGroupTag('Designers', [13, 14, 15]);
		expect((await api(emu, 'POST', `/chats/${chat.id}/group_tags`, { body: { group_tag_ids: [tag.id] } })).status).toBe(204);
		expect((await api(emu, 'DELETE', `/chats/${chat.id}/group_tags/${tag.id}`)).status).toBe(204);
		const events = await received();
		expect(events.map((e) => [e.event, e.user_ids])).toEqual([
			['add', [14, 15]],
			['remove', [13, 14, 15]],
		]);
	});

	it('a bot that leaves the chat hears of its own removal; then it hears nothing from that chat', async () => {
		expect((await api(emu, 'DELETE', `/chats/${chat.id}/leave`, { token: emu.botToken })).status).toBe(204);
		expect((await api(emu, 'POST', `/chats/${chat.id}/members`, { body: { member_ids: [14] } })).status).toBe(204);
		expect(await received()).toEqual([expect.objectContaining({ event: 'remove', user_ids: [emu.botId] })]);
	});

	it('a bot not subscribed to the event gets none, and none is stored', async () => {
		const bot = emu.state.bots.get(emu.botId)!;
		bot.webhook.events = bot.webhook.events.filter((event) => event !== 'chat_member_add');
		expect((await api(emu, 'POST', `/chats/${chat.id}/members`, { body: { member_ids: [14] } })).status).toBe(204);
		expect(await received()).toEqual([]);
		expect(await historyPayloads()).toEqual([]);
	});
});

describe('reaction webhooks', () => {
	it('POST and DELETE /messages/{id}/reactions: reaction.new and reaction.delete with the reaction', async () => {
		const [message] = emu.addMessages(chat.id, 1);
		const olga = emu.createToken({ userId: 13, scopes: ['reactions:write'] });
		const added = await api(emu, 'POST', `/messages/${message.id}/reactions`, { token: olga, body: { code: '👍', name: ':+1:' } });
		expect(added.status).toBe(201);
		// The same reaction again is not a new one.
		expect((await api(emu, 'POST', `/messages/${message.id}/reactions`, { token: olga, body: { code: '👍' } })).status).toBe(201);
		const removed = await api(emu, 'DELETE', `/messages/${message.id}/reactions`, { token: olga, query: { code: '👍' } });
		expect(removed.status).toBe(204);
		const events = await received();
		const reaction = { chat_id: chat.id, message_id: message.id, code: '👍', name: ':+1:', user_id: 13, created_at: added.json.created_at };
		expect(events).toEqual([
			expect.objectContaining({ type: 'reaction', event: 'new', ...reaction }),
			expect.objectContaining({ type: 'reaction', event: 'delete', ...reaction }),
		]);
		expect(events.map((e) => Object.keys(e).sort())).toEqual([REACTION_FIELDS, REACTION_FIELDS]);
		// The history lists the newest first.
		expect((await historyPayloads()).map((p) => `${p.type}.${p.event}`)).toEqual(['reaction.delete', 'reaction.new']);
	});

	it('a reaction in a chat without the bot reaches no bot', async () => {
		const other = emu.addChat({ name: 'Private', memberIds: [13], botMember: false });
		const [message] = emu.addMessages(other.id, 1);
		const olga = emu.createToken({ userId: 13, scopes: ['reactions:write'] });
		expect((await api(emu, 'POST', `/messages/${message.id}/reactions`, { token: olga, body: { code: '🔥' } })).status).toBe(201);
		expect(await received()).toEqual([]);
	});
});
