import type { IDataObject } from 'n8n-workflow';

import type { Chat, PachcaEmulator } from '../emulator';
import { asJson, emulatorPerFile, requestsTo, rl, runMessage } from '../harness/fixtures/message';

let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Support', memberIds: [13, 14] });
});

const reply = (parameters: Record<string, unknown>, input?: IDataObject[], continueOnFail = false) =>
	runMessage(emu, { operation: 'replyInThread', content: 'On it', ...parameters }, input, { continueOnFail });

describe('Reply in Thread', () => {
	it.each([
		['id', (id: number) => rl('id', id)],
		['url', (id: number) => rl('url', `https://app.pachca.com/chats/${chat.id}?message=${id}`)],
	])('opens the thread of a message chosen by %s and posts the reply into it', async (_mode, locator) => {
		const [question] = emu.addMessages(chat.id, 1, { content: 'Printer is down' });

		const result = await reply({ messageId: locator(question.id) });

		expect(result.error).toBeUndefined();
		const thread = emu.state.threads.get(emu.state.messages.get(question.id)!.thread!.id)!;
		expect(emu.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			['POST', `/messages/${question.id}/thread`, undefined],
			['POST', '/messages', { message: { entity_type: 'thread', entity_id: thread.id, content: 'On it' } }],
		]);
		const created = result.items[0].json;
		expect(created).toEqual(asJson(emu.state.messages.get(created.id as number)));
		expect(created).toMatchObject({ entity_type: 'thread', entity_id: thread.id, chat_id: thread.chat_id, root_chat_id: chat.id });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('reuses the existing thread of the message', async () => {
		const [question] = emu.addMessages(chat.id, 1);
		const first = await reply({ messageId: rl('id', question.id), content: 'First' });
		const second = await reply({ messageId: rl('id', question.id), content: 'Second' });

		expect(second.items[0].json.entity_id).toBe(first.items[0].json.entity_id);
		expect([...emu.state.threads.values()].filter((t) => t.message_id === question.id)).toHaveLength(1);
		expect(requestsTo(emu, 'POST', `/messages/${question.id}/thread`)).toHaveLength(2);
	});

	it('sends the additional fields of a new message', async () => {
		const [question] = emu.addMessages(chat.id, 1);
		const result = await reply({
			messageId: rl('id', question.id),
			content: 'Thanks @pavel, noted',
			additionalFields: { skipInviteMentions: true, displayName: 'Helpdesk', linkPreview: true },
		});

		const thread = result.items[0].json.entity_id;
		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([
			{
				message: {
					entity_type: 'thread',
					entity_id: thread,
					content: 'Thanks @pavel, noted',
					skip_invite_mentions: true,
					display_name: 'Helpdesk',
				},
				link_preview: true,
			},
		]);
	});

	it.each([
		['empty content', { messageId: rl('id', 100000), content: '' }, 'Content: the message is empty'],
		['a message ID that is not a number', { messageId: rl('id', '={{ "12a" }}') }, 'Message: expected a positive numeric ID, got "12a" (item 0)'],
		['a message URL without a message', { messageId: rl('url', `={{ "https://app.pachca.com/chats/${1000}" }}`) }, 'Message: expected a Pachca message link'],
		['bad buttons', { messageId: rl('id', 100000), buttonsMode: 'json', buttonsJson: '[[{"text": "x"}]]' }, 'Buttons: row 1, button 1'],
	])('refuses %s before opening the thread', async (_case, parameters, message) => {
		const result = await reply(parameters);

		expect(result.error?.message).toContain(message);
		expect(result.error?.message).toContain('(item 0)');
		expect(emu.requests).toEqual([]);
	});

	it('reports the API error for a message that is itself in a thread, and goes on with Continue On Fail', async () => {
		const [question] = emu.addMessages(chat.id, 1);
		const thread = emu.state.threadFor(question, emu.userId);
		const [comment] = emu.addMessages(thread.chat_id, 1);

		const result = await reply({ messageId: rl('id', '={{ $json.id }}') }, [{ id: comment.id }, { id: question.id }], true);

		expect(result.items[0].json.error).toContain(`Pachca POST /messages/${comment.id}/thread failed with 400`);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[1].json).toMatchObject({ entity_type: 'thread', entity_id: thread.id });
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
	});
});
