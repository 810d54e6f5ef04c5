import type { PachcaEmulator } from '../emulator';
import { binaryOf, PNG, runWithBinary, uploadStore } from '../harness/fixtures/files';
import { emulatorPerFile } from '../harness/emulator';
import { rl, runMessage } from '../harness/fixtures/message';

/**
 * Items run in parallel, and the next item starts once this one has queued its first request. When
 * that request is only a step before the chat write (an upload, opening a thread), the next item must
 * still wait for the write itself, or it overtakes this item in the chat.
 */
let emu: PachcaEmulator;
emulatorPerFile((started) => (emu = started), { rateLimits: true, latencyMs: 40 });
beforeEach(() => uploadStore(emu.state).reset());

const contentsIn = (chatId: number) =>
	[...emu.state.messages.values()].filter((m) => m.chat_id === chatId).sort((a, b) => a.id - b.id).map((m) => m.content);

describe('steps before a chat write keep the chat in item order', () => {
	it('a send with an attachment is not overtaken by the plain send after it', async () => {
		const chat = emu.addChat({ name: 'Reports in order' });
		const result = await runWithBinary(
			emu,
			{
				operation: 'send',
				chatId: rl('id', chat.id),
				content: '={{ $json.text }}',
				additionalFields: { binaryFiles: '={{ $json.file ? "data" : "" }}' },
			},
			[{ data: binaryOf(PNG, 'chart.png', 'image/png') }, {}, {}],
			{ input: [{ text: 'report with chart', file: true }, { text: 'second' }, { text: 'third' }] },
		);

		expect(result.error).toBeUndefined();
		expect(contentsIn(chat.id)).toEqual(['report with chart', 'second', 'third']);
	});

	it('two replies to one message land in its thread in item order', async () => {
		const chat = emu.addChat({ name: 'Support in order' });
		const [question] = emu.addMessages(chat.id, 1, { content: 'Printer is down' });

		const result = await runMessage(
			emu,
			{ operation: 'replyInThread', messageId: rl('id', question.id), content: '={{ $json.text }}' },
			[{ text: 'first reply' }, { text: 'second reply' }, { text: 'third reply' }],
		);

		expect(result.error).toBeUndefined();
		const thread = emu.state.messages.get(question.id)!.thread!;
		expect(contentsIn(thread.chat_id)).toEqual(['first reply', 'second reply', 'third reply']);
	});
});
