// Download Files on the Pachca Event History Trigger: a new message's files become binary data of its
// item; a failed download is files_error on the item, and the event still goes out and is acknowledged.
import type { INodeExecutionData } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { fileOf, fileUrl, messageWithFiles, PDF, PNG } from '../harness/fixtures/file';
import { historyIds, historyTrigger } from '../harness/fixtures/historyTrigger';
import { runPoll } from '../harness/poll';

let emu: PachcaEmulator;
let chatId: number;

emulatorPerFile((started) => {
	emu = started;
	chatId = emu.addChat({ name: 'Inbox', memberIds: [13] }).id;
});

beforeEach(() => emu.state.history.set(emu.botId, []));

/** A message with two files, its message.new event and a reaction event in the bot's history. */
async function filesInHistory() {
	const message = messageWithFiles(emu, chatId, [
		{ name: 'plan.png', bytes: PNG, contentType: 'image/png', fileType: 'image' },
		{ name: 'Отчёт за май.pdf', bytes: PDF, contentType: 'application/pdf' },
	]);
	await emu.emitWebhook('message.new', { id: message.id, chat_id: chatId, entity_id: chatId, content: 'Files' });
	await emu.emitWebhook('reaction.new', { chat_id: chatId, message_id: message.id });
	return message;
}

async function pollItems(trigger: ReturnType<typeof historyTrigger>, mode?: 'manual'): Promise<INodeExecutionData[]> {
	return (await runPoll(trigger.spec, mode ? { mode } : {}))?.[0] ?? [];
}

describe('Download Files on the Pachca Event History Trigger', () => {
	it("puts a new message's files into its item; other events stay without files", async () => {
		const message = await filesInHistory();
		const [newMessage, reaction] = await pollItems(historyTrigger(emu, { options: { downloadFiles: true } }));
		expect(fileOf(newMessage.binary?.file_0)).toEqual({ fileName: 'plan.png', mimeType: 'image/png', bytes: PNG });
		expect(fileOf(newMessage.binary?.file_1)).toEqual({ fileName: 'Отчёт за май.pdf', mimeType: 'application/pdf', bytes: PDF });
		expect(newMessage.json).toMatchObject({ event_name: 'message.new', id: message.id, message: { id: message.id } });
		expect(reaction.json.event_name).toBe('reaction.new');
		expect(reaction.binary).toBeUndefined();
		// Fetch Full Message is off: only the new message was fetched, for its files.
		expect(emu.requests.filter((r) => r.path.startsWith('/messages/')).map((r) => r.path)).toEqual([`/messages/${message.id}`]);
	});

	it('a failed download goes out as files_error with the files before it, and is acknowledged', async () => {
		const message = await filesInHistory();
		message.files[1].url = fileUrl(emu.state, 'attaches/files/none/gone.pdf');
		const trigger = historyTrigger(emu, { options: { downloadFiles: true } });
		const items = await pollItems(trigger);
		expect(items.map((item) => item.json.event_name)).toEqual(['message.new', 'reaction.new']);
		expect(Object.keys(items[0].binary ?? {})).toEqual(['file_0']);
		expect(items[0].json.files_error).toBe(
			'Downloading "Отчёт за май.pdf" failed: the file storage answered 404: NoSuchKey: The specified key does not exist.',
		);
		// The next poll deletes both from the history: nothing is held back for a file.
		expect(await pollItems(trigger)).toEqual([]);
		expect(historyIds(emu)).toEqual([]);
	});

	it('"Fetch Test Event" downloads the files of the newest new message too', async () => {
		await filesInHistory();
		const trigger = historyTrigger(emu, { events: ['message.new'], options: { downloadFiles: true } });
		const [item] = await pollItems(trigger, 'manual');
		expect(Object.keys(item.binary ?? {})).toEqual(['file_0', 'file_1']);
		expect(fileOf(item.binary?.file_0).fileName).toBe('plan.png');
	});

	it('off, no message is fetched and no file downloaded', async () => {
		await filesInHistory();
		const items = await pollItems(historyTrigger(emu));
		expect(items.map((item) => item.binary)).toEqual([undefined, undefined]);
		expect(emu.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual(['/webhooks/events']);
	});
});
