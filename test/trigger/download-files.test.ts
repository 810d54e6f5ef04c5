/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Download Files on the Pachca Trigger: a new message's files become binary data of its item, Pachca's
// request is answered before the downloads (so a slow file cannot make Pachca deliver again), and a
// failed download is an error on the item, not a lost event.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { NodeOperationError } from 'n8n-workflow';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { Chat } from '../emulator';
import { PachcaEmulator } from '../emulator';
import { BOT_SCOPES } from '../emulator/scopes';
import { runHook } from '../harness/run';
import type { WebhookServer } from '../harness/webhook-server';
import { fileOf, fileUrl, messageWithFiles, PDF, PNG } from '../harness/fixtures/file';
import { credentialsFor, startTrigger } from '../harness/fixtures/trigger';

let emu: PachcaEmulator;
let chat: Chat;
let server: WebhookServer | undefined;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	chat = emu.addChat({ name: 'Inbox', memberIds: [13] });
});
afterEach(async () => {
	await server?.close();
	server = undefined;
	await emu.stop();
});

async function trigger(options: INodeParameters) {
	server = await startTrigger(emu, { parameters: { events: ['*'], options } });
	return server;
}

/** Waits for a condition (the downloads run after Pachca's answer); the limit only guards a hang. */
async function until(what: string, done: () => boolean): Promise<void> {
	for (let waited = 0; !done(); waited += 10) {
		if (waited > 10_000) throw new Error(`waited in vain for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** The one item of the only execution, once n8n has it. */
async function onlyItem(): Promise<INodeExecutionData> {
	await until('an execution', () => server!.executions.length > 0);
	expect(server!.executions).toHaveLength(1);
	expect(server!.executions[0][0]).toHaveLength(1);
	return server!.executions[0][0][0];
}

const newMessageEvent = (id: number) => emu.emitWebhook('message.new', { id, chat_id: chat.id, entity_id: chat.id, content: 'Files' });

const storageGets = () => emu.requests.filter((r) => r.path.startsWith('/storage/'));

describe('Download Files on the Pachca Trigger', () => {
	it("puts a new message's files into its item as file_0, file_1: bytes, names and MIME types kept", async () => {
		await trigger({ downloadFiles: true });
		const message = messageWithFiles(emu, chat.id, [
			{ name: 'plan.png', bytes: PNG, contentType: 'image/png', fileType: 'image' },
			{ name: 'Отчёт за май.pdf', bytes: PDF, contentType: 'application/pdf' },
		]);
		const delivery = await newMessageEvent(message.id);
		expect(delivery).toMatchObject({ status: 200, attempts: 1 });
		const item = await onlyItem();
		expect(fileOf(item.binary?.file_0)).toEqual({ fileName: 'plan.png', mimeType: 'image/png', bytes: PNG });
		expect(fileOf(item.binary?.file_1)).toEqual({ fileName: 'Отчёт за май.pdf', mimeType: 'application/pdf', bytes: PDF });
		// The message was fetched for its files and comes along, as Fetch Full Message gives it.
		expect(item.json).toMatchObject({ event_name: 'message.new', id: message.id, message: { id: message.id } });
		expect(item.json.files_error).toBeUndefined();
	});

	it('answers Pachca before downloading: a file that takes long starts no redelivery', async () => {
		let release: (() => void) | undefined;
		const held = http.createServer((_req, res) => {
			release = () => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
		});
		await new Promise<void>((resolve) => held.listen(0, '127.0.0.1', resolve));
		try {
			await trigger({ downloadFiles: true });
			const message = messageWithFiles(emu, chat.id, [{ name: 'slow.png', bytes: PNG, contentType: 'image/png' }]);
			message.files[0].url = `http://127.0.0.1:${(held.address() as AddressInfo).port}/slow.png?X-Amz-Signature=x`;
			const delivery = await newMessageEvent(message.id);
			// Answered while the file is still on its way: no execution yet, no second attempt.
			expect(delivery).toMatchObject({ status: 200, attempts: 1 });
			expect(server!.executions).toHaveLength(0);
			await until('the request for the file', () => release !== undefined);
			release!();
			const item = await onlyItem();
			expect(fileOf(item.binary?.file_0)).toEqual({ fileName: 'slow.png', mimeType: 'image/png', bytes: PNG });
			expect(emu.deliveries).toHaveLength(1);
		} finally {
			held.closeAllConnections();
			await new Promise<void>((resolve) => held.close(() => resolve()));
		}
	});

	it('a failed download is files_error on the item, with the files before it: the event is not lost', async () => {
		await trigger({ downloadFiles: true });
		const message = messageWithFiles(emu, chat.id, [
			{ name: 'plan.png', bytes: PNG, contentType: 'image/png' },
			{ name: 'gone.pdf', bytes: PDF, contentType: 'application/pdf' },
		]);
		message.files[1].url = fileUrl(emu.state, 'attaches/files/none/gone.pdf');
		const delivery = await newMessageEvent(message.id);
		expect(delivery).toMatchObject({ status: 200, attempts: 1 });
		const item = await onlyItem();
		expect(Object.keys(item.binary ?? {})).toEqual(['file_0']);
		expect(item.json.files_error).toBe('Downloading "gone.pdf" failed: the file storage answered 404: NoSuchKey: The specified key does not exist.');
		expect(item.json).toMatchObject({ id: message.id, message: { id: message.id } });
	});

	it('leaves other events and a message without files as they were; off, nothing is fetched', async () => {
		await trigger({ downloadFiles: true });
		const [plain] = emu.addMessages(chat.id, 1, { content: 'no files' });
		await emu.emitWebhook('reaction.new', { chat_id: chat.id, message_id: plain.id });
		await newMessageEvent(plain.id);
		await until('two executions', () => server!.executions.length === 2);
		const [reaction, noFiles] = server!.executions.map((run) => run[0][0]);
		expect(reaction.binary).toBeUndefined();
		expect(reaction.json.message).toBeUndefined();
		expect(noFiles.binary).toBeUndefined();
		expect(noFiles.json).toMatchObject({ id: plain.id, message: { id: plain.id } });
		expect(emu.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([`/messages/${plain.id}`]);

		await server!.close();
		emu.clearRequests();
		await trigger({});
		const message = messageWithFiles(emu, chat.id, [{ name: 'plan.png', bytes: PNG, contentType: 'image/png' }]);
		await newMessageEvent(message.id);
		const item = await onlyItem();
		expect(item.binary).toBeUndefined();
		expect(item.json.message).toBeUndefined();
		expect(emu.requests).toHaveLength(0);
		expect(storageGets()).toHaveLength(0);
	});

	it('activation fails with an error naming Download Files when the token lacks messages:read', async () => {
		const token = emu.createToken({ bot: true, scopes: BOT_SCOPES.filter((scope) => scope !== 'messages:read') });
		const error = await runHook(
			{
				type: 'pachcaTrigger',
				parameters: { events: ['*'], options: { downloadFiles: true } },
				credentials: credentialsFor(emu, { accessToken: token }),
				webhookId: '5e1d2c3b-0000-4000-8000-000000000012',
			},
			'checkExists',
			{ webhookBaseUrl: 'https://n8n.example.com' },
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe(
			"Download Files: the credential's token lacks the scope messages:read. Add it to the bot's (or token's) scopes in Pachca, or turn this option off",
		);
	});
});
