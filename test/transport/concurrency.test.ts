import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { rl, runMessage } from '../harness/fixtures/message';

/** Items in parallel across chats, in order within a chat, output in input order. */
describe('router: items in parallel', () => {
	let emulator: PachcaEmulator;
	emulatorPerFile((started) => (emulator = started), { rateLimits: true, latencyMs: 30 });

	const send = (extra: INodeParameters = {}): INodeParameters => ({
		operation: 'send',
		sendTo: 'chat',
		chatId: rl('id', '={{ $json.chat }}'),
		content: '={{ $json.text }}',
		...extra,
	});
	const contentsIn = (chatId: number) =>
		[...emulator.state.messages.values()].filter((m) => m.chat_id === chatId).sort((a, b) => a.id - b.id).map((m) => m.content);
	/** Two requests overlapped when the second arrived before the first could have been answered. */
	const overlapping = (latencyMs: number) =>
		emulator.requests.slice(1).filter((r, i) => r.at - emulator.requests[i].at < latencyMs - 5).length;

	it('sends to several chats at once, each chat in item order, output and pairedItem in input order', async () => {
		const chats = [1, 2, 3].map((n) => emulator.addChat({ name: `order ${n}` }).id);
		// 30 items per chat: more than the burst of 20, so each chat is also paced.
		const input: IDataObject[] = Array.from({ length: 90 }, (_, i) => ({ chat: chats[i % 3], text: `item ${i}` }));
		const { items, error } = await runMessage(emulator, send(), input);

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.content)).toEqual(input.map((item) => item.text));
		expect(items.map((item) => item.pairedItem)).toEqual(input.map((_, i) => ({ item: i })));
		for (const [n, chat] of chats.entries()) {
			expect(contentsIn(chat)).toEqual(input.filter((_, i) => i % 3 === n).map((item) => item.text));
		}
		expect(emulator.requests.filter((r) => r.status === 429)).toEqual([]);
		expect(overlapping(30)).toBeGreaterThan(0);
	});

	it('Max Concurrent Requests 1 sends one request at a time', async () => {
		const chats = [1, 2].map((n) => emulator.addChat({ name: `serial ${n}` }).id);
		const input = Array.from({ length: 10 }, (_, i) => ({ chat: chats[i % 2], text: `serial ${i}` }));
		const { items } = await runMessage(emulator, send({ settings: { maxConcurrentRequests: 1 } }), input);

		expect(items).toHaveLength(10);
		expect(overlapping(30)).toBe(0);
		expect(emulator.requests.map((r) => (r.body as { message: { content: string } }).message.content)).toEqual(
			input.map((item) => item.text),
		);
	});

	it('rejects a Max Concurrent Requests out of range before sending anything', async () => {
		const chat = emulator.addChat({ name: 'bad setting' });
		const { error } = await runMessage(emulator, send({ settings: { maxConcurrentRequests: 0 } }), [{ chat: chat.id, text: 'x' }]);
		expect(error?.message).toMatch(/Max Concurrent Requests/);
		expect(emulator.requests).toEqual([]);
	});

	it('Continue On Fail under concurrency: each failed item becomes its own error item, in place', async () => {
		const chats = [1, 2].map((n) => emulator.addChat({ name: `fail ${n}` }).id);
		const input: IDataObject[] = Array.from({ length: 12 }, (_, i) => ({ chat: chats[i % 2], text: `ok ${i}` }));
		input[3] = { chat: chats[1], text: '' }; // refused before sending: no content
		input[8] = { chat: 999_999, text: 'nowhere' }; // refused by Pachca: no such chat
		const { items, error } = await runMessage(emulator, send(), input, { continueOnFail: true });

		expect(error).toBeUndefined();
		expect(items.map((item) => item.pairedItem)).toEqual(input.map((_, i) => ({ item: i })));
		expect(items[3].json.error).toMatch(/Content/);
		expect(items[8].json.error).toMatch(/failed with 404/);
		expect(items.filter((item) => item.json.error === undefined).map((item) => item.json.content)).toEqual(
			input.filter((_, i) => i !== 3 && i !== 8).map((item) => item.text),
		);
		expect(contentsIn(chats[1])).toEqual(['ok 1', 'ok 5', 'ok 7', 'ok 9', 'ok 11']);
	});

	it('without Continue On Fail, the first failing item (in item order) fails the node and later items do not start', async () => {
		const chat = emulator.addChat({ name: 'stop' }).id;
		const input: IDataObject[] = Array.from({ length: 40 }, (_, i) => ({ chat, text: `stop ${i}` }));
		input[2] = { chat, text: '' };
		const { error } = await runMessage(emulator, send(), input);

		expect(error?.message).toMatch(/Content/);
		expect(contentsIn(chat)).toEqual(['stop 0', 'stop 1']);
	});

	it('without Continue On Fail, an item Pachca refuses stops later items already queued behind their chat', async () => {
		const chat = emulator.addChat({ name: 'queued' }).id;
		const input: IDataObject[] = Array.from({ length: 40 }, (_, i) => ({ chat, text: `queued ${i}` }));
		input[5] = { chat: 999_999, text: 'nowhere' };
		const { error } = await runMessage(emulator, send(), input);

		expect(error?.message).toMatch(/failed with 404/);
		const sent = contentsIn(chat);
		// Item 5 ran beside the chat's queue; what the chat got before the 404 came back is a prefix, in order.
		expect(sent.length).toBeLessThan(39);
		expect(sent).toEqual(input.filter((_, i) => i !== 5).slice(0, sent.length).map((item) => item.text));
	});
});
