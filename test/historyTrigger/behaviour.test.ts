// Filters, manual runs ("Fetch Test Event"), configuration errors and missing scopes.
import type { IDataObject } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { historyIds, historyTrigger, idsOf } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;
let chatId: number;

emulatorPerFile((started) => {
	emu = started;
	chatId = emu.addChat({ name: 'History', memberIds: [13] }).id;
});

beforeEach(() => emu.state.history.set(emu.botId, []));

describe('filters', () => {
	it('emits only the selected events of the selected chats, and acknowledges the rest too', async () => {
		const other = emu.addChat({ name: 'Elsewhere' });
		await emu.emitWebhook('message.new', { chat_id: chatId, content: '/task one' });
		await emu.emitWebhook('reaction.new', { chat_id: chatId });
		await emu.emitWebhook('message.new', { chat_id: other.id, content: '/task two' });
		await emu.emitWebhook('message.new', { chat_id: chatId, content: 'no command' });
		await emu.emitWebhook('message.new', { chat_id: chatId, content: '/task three', user_id: 13 });
		const trigger = historyTrigger(emu, {
			events: ['message.new'],
			options: { chatIds: String(chatId), commands: '/task', ignoreUserIds: '13' },
		});

		expect((await trigger.poll()).map((item) => [item.event_name, item.content])).toEqual([['message.new', '/task one']]);
		expect(await trigger.poll()).toEqual([]);
		expect(historyIds(emu)).toEqual([]);
	});

	it('Fetch Full Message adds the message under "message"', async () => {
		const [message] = emu.addMessages(chatId, 1, { content: 'full text' });
		await emu.emitWebhook('message.new', { id: message.id, chat_id: chatId, content: 'full text' });
		const trigger = historyTrigger(emu, { options: { fetchFullMessage: true } });
		const [item] = await trigger.poll();

		expect((item.message as IDataObject).id).toBe(message.id);
		expect((item.message as IDataObject).content).toBe('full text');
	});

	it('Fetch Full Message of a deleted message gives message: null, and the poll goes on', async () => {
		const [message] = emu.addMessages(chatId, 1, { content: 'soon gone' });
		await emu.emitWebhook('message.delete', { id: message.id, chat_id: chatId });
		emu.state.messages.delete(message.id);
		const [kept] = emu.addMessages(chatId, 1, { content: 'kept' });
		await emu.emitWebhook('message.new', { id: kept.id, chat_id: chatId, content: 'kept' });
		const trigger = historyTrigger(emu, { options: { fetchFullMessage: true } });
		const items = await trigger.poll();

		expect(items.map((item) => [item.event_name, item.message === null])).toEqual([
			['message.delete', true],
			['message.new', false],
		]);
	});
});

describe('manual run (Fetch Test Event)', () => {
	it('returns the newest matching event and changes nothing', async () => {
		const ids = emu.addEvents(3).map((event) => event.id);
		await emu.emitWebhook('reaction.new', { chat_id: chatId });
		const trigger = historyTrigger(emu, { events: ['message.new'] });
		const before = JSON.stringify(trigger.spec.staticData);

		expect(idsOf(await trigger.poll({ mode: 'manual' }))).toEqual([ids[2]]);
		expect(JSON.stringify(trigger.spec.staticData)).toBe(before);
		expect(emu.requests.some((request) => request.method === 'DELETE')).toBe(false);
		// The workflow, once active, still processes everything.
		expect(await trigger.poll()).toHaveLength(3);
	});

	it('an empty history is a clear error', async () => {
		const trigger = historyTrigger(emu);

		await expect(trigger.poll({ mode: 'manual' })).rejects.toThrow("No event in the bot's history matches");
	});
});

describe('errors', () => {
	it('Max Events per Poll of 0 is an error naming the option', async () => {
		const trigger = historyTrigger(emu, { options: { maxEventsPerPoll: 0 } });

		await expect(trigger.poll()).rejects.toThrow('Max Events per Poll: expected a whole number from 1 to 10000, got 0');
		expect(emu.requests).toHaveLength(0);
	});

	it('a token without webhooks:events:read gets an error naming it', async () => {
		const token = emu.createToken({ scopes: ['messages:read'], bot: true });
		const trigger = historyTrigger(emu, {}, token);

		await expect(trigger.poll()).rejects.toThrow(/refused access \(403\).*webhooks:events:read/);
	});

	it('a user token is told to use the bot token', async () => {
		const trigger = historyTrigger(emu, {}, emu.userToken);
		const error = await trigger.poll().then(
			() => undefined,
			(thrown: unknown) => thrown as { description?: string },
		);

		expect(error?.description).toContain("Use the bot's own token");
	});

	it('an unknown token (401) names the scopes it needs', async () => {
		const trigger = historyTrigger(emu, {}, 'not-a-token');

		await expect(trigger.poll()).rejects.toThrow(/rejected the token \(401\).*webhooks:events:read/);
	});

	it('acknowledging without webhooks:events:delete names that scope', async () => {
		emu.addEvents(1);
		const token = emu.createToken({ scopes: ['webhooks:events:read'], bot: true });
		const trigger = historyTrigger(emu, {}, token);
		await trigger.poll();

		await expect(trigger.poll()).rejects.toThrow(/webhooks:events:delete/);
	});
});
