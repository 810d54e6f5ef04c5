import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { rl, runMessage } from '../harness/fixtures/message';

/**
 * Pachca counts sends, edits and deletes by chat_id. Each case below writes 90 requests into one chat
 * through two doors at once (send and edit, thread, direct message): counted apart, the node believes it
 * has two budgets, outruns the chat's burst within seconds and meets 429s; counted per chat it meets none.
 */
describe('message writes are counted per chat, whatever names the chat', () => {
	let emulator: PachcaEmulator;
	emulatorPerFile((started) => (emulator = started), { rateLimits: true });
	// 90 writes at 4/s after a burst of 20 take about 18 s by design.
	jest.setTimeout(45_000);

	const refused = () => emulator.requests.filter((r) => r.status === 429);
	const sendTo = (sendTo: string, target: INodeParameters): INodeParameters => ({
		operation: 'send',
		sendTo,
		...target,
		content: '={{ $json.text }}',
	});
	const edit: INodeParameters = { operation: 'update', messageId: rl('id', '={{ $json.id }}'), updateFields: { content: 'edited' } };
	const texts = (count: number, tag: string): IDataObject[] => Array.from({ length: count }, (_, i) => ({ text: `${tag} ${i}` }));
	const ids = (items: Array<{ json: IDataObject }>) => items.map((item) => ({ id: item.json.id }));

	it('two executions at once, one sending 30 messages and one editing 30 sent earlier, in one chat: no 429', async () => {
		const chat = emulator.addChat({ name: 'sends and edits' });
		const toChat = sendTo('chat', { chatId: rl('id', chat.id) });
		const first = await runMessage(emulator, toChat, texts(30, 'first'));
		const [sends, edits] = await Promise.all([
			runMessage(emulator, toChat, texts(30, 'second')),
			runMessage(emulator, edit, ids(first.items)),
		]);

		expect([first.error, sends.error, edits.error]).toEqual([undefined, undefined, undefined]);
		expect(edits.items.map((item) => item.json.content)).toEqual(Array(30).fill('edited'));
		expect(emulator.requests).toHaveLength(90);
		expect(refused()).toEqual([]);
	});

	it('a thread counts as its own chat, learned from the answers: sends and edits in it share one budget', async () => {
		const chat = emulator.addChat({ name: 'thread parent' });
		const [root] = emulator.addMessages(chat.id, 1);
		const thread = emulator.state.threadFor(root, emulator.userId);
		const toThread = sendTo('thread', { threadId: `={{ ${thread.id} }}` });
		const first = await runMessage(emulator, toThread, texts(30, 'comment'));
		const [sends, edits] = await Promise.all([
			runMessage(emulator, toThread, texts(30, 'more')),
			runMessage(emulator, edit, ids(first.items)),
		]);

		expect([first.error, sends.error, edits.error]).toEqual([undefined, undefined, undefined]);
		expect(first.items[0].json.chat_id).toBe(thread.chat_id);
		expect(refused()).toEqual([]);
	});

	it('a direct message counts in the conversation with that user: sends and deletes share one budget', async () => {
		const toUser = sendTo('user', { userId: '13' });
		const first = await runMessage(emulator, toUser, texts(30, 'dm'));
		const [sends, deletes] = await Promise.all([
			runMessage(emulator, toUser, texts(30, 'dm more')),
			runMessage(emulator, { operation: 'delete', messageId: rl('id', '={{ $json.id }}') }, ids(first.items)),
		]);

		expect([first.error, sends.error, deletes.error]).toEqual([undefined, undefined, undefined]);
		expect(emulator.requests.filter((r) => r.method === 'DELETE' && r.status === 204)).toHaveLength(30);
		expect(refused()).toEqual([]);
	});

	it('edits of messages it has never seen share one conservative budget: still no 429', async () => {
		const chat = emulator.addChat({ name: 'unknown messages' });
		const strangers = emulator.addMessages(chat.id, 30, { user_id: emulator.botId });
		const { error } = await runMessage(emulator, edit, strangers.map((m) => ({ id: m.id })));

		expect(error).toBeUndefined();
		expect(emulator.requests).toHaveLength(30);
		expect(refused()).toEqual([]);
	});
});
