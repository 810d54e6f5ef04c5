import { WAIT_INDEFINITELY } from 'n8n-workflow';

import type { Chat, PachcaEmulator } from '../emulator';
import type { WaitingWebhookServer } from '../harness/wait';
import { NO_ACTION_REQUIRED } from '../harness/wait';
import { runMessage } from '../harness/fixtures/message';
import { buttonUrls, requestsTo, rl, sendAndWait, sendAndWaitPerFile, sentMessage } from '../harness/fixtures/sendAndWait';

let emu: PachcaEmulator;
let server: WaitingWebhookServer;
let chat: Chat;
sendAndWaitPerFile({ name: 'Releases' }, (world) => ({ emu, server, chat } = world));

const approveOrReject = {
	sendTo: 'chat',
	content: 'Deploy **v2.4** to production?',
	approvalOptions: { values: { approvalType: 'double', approveLabel: 'Deploy', disapproveLabel: 'Cancel' } },
};

describe('Send and Wait for Response: approval', () => {
	it('sends the question, adds signed resume buttons that name the message, and waits', async () => {
		const execution = await sendAndWait(server, emu, { ...approveOrReject, chatId: rl('id', chat.id) });

		expect(execution.run.data.resultData.error).toBeUndefined();
		expect(execution.data.waitTill).toEqual(WAIT_INDEFINITELY);
		const message = sentMessage(emu);
		// First the text, then the buttons: their URLs need the message ID.
		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([
			{ message: { entity_type: 'discussion', entity_id: chat.id, content: 'Deploy **v2.4** to production?' } },
		]);
		const base = `${server.baseUrl}/${execution.id}/${execution.node.id}`;
		expect(requestsTo(emu, 'PUT', `/messages/${message.id}`).map((r) => r.body)).toEqual([
			{
				message: {
					buttons: [
						[
							{ text: 'Deploy', url: expect.stringMatching(`^${base}\\?approved=true&messageId=${message.id}&question=[0-9a-f]{64}&signature=[0-9a-f]{64}$`) },
							{ text: 'Cancel', url: expect.stringMatching(`^${base}\\?approved=false&messageId=${message.id}&question=[0-9a-f]{64}&signature=[0-9a-f]{64}$`) },
						],
					],
				},
			},
		]);
		expect(message.content).toBe('Deploy **v2.4** to production?');
		expect(execution.finished()).toBe(false);
	});

	it('a click on Deploy shows the recorded page, closes the message and resumes with approved: true', async () => {
		const execution = await sendAndWait(server, emu, { ...approveOrReject, chatId: rl('id', chat.id) });
		const message = sentMessage(emu);
		emu.clearRequests();

		const page = await server.open(buttonUrls(message).Deploy);

		expect(page.status).toBe(200);
		expect(page.body).toContain('Your answer was recorded');
		expect(execution.finished()).toBe(true);
		expect(execution.items()).toEqual([{ data: { approved: true } }]);
		expect(emu.state.messages.get(message.id)).toMatchObject({
			content: 'Deploy **v2.4** to production?\n\n**Answer:** ✅ Deploy',
			buttons: null,
		});
		expect(requestsTo(emu, 'PUT', `/messages/${message.id}`).map((r) => r.body)).toEqual([
			{ message: { content: 'Deploy **v2.4** to production?\n\n**Answer:** ✅ Deploy', buttons: [] } },
		]);
	});

	it('a click on Cancel resumes with approved: false; a later click on the stale Deploy link changes nothing', async () => {
		const execution = await sendAndWait(server, emu, { ...approveOrReject, chatId: rl('id', chat.id) });
		const message = sentMessage(emu);
		const urls = buttonUrls(message);

		await server.open(urls.Cancel);
		expect(execution.items()).toEqual([{ data: { approved: false } }]);
		expect(emu.state.messages.get(message.id)?.content).toMatch(/\*\*Answer:\*\* ❌ Cancel$/);

		emu.clearRequests();
		const stale = await server.open(urls.Deploy);
		expect(stale).toEqual({ status: 200, body: NO_ACTION_REQUIRED });
		expect(execution.items()).toEqual([{ data: { approved: false } }]);
		expect(emu.requests).toEqual([]);
	});

	it('Deploy and Cancel opened at the same moment: one answer is taken, and the message shows that one', async () => {
		const execution = await sendAndWait(server, emu, { ...approveOrReject, chatId: rl('id', chat.id) });
		const message = sentMessage(emu);
		const urls = buttonUrls(message);
		emu.clearRequests();

		// Both requests read the message while its buttons are still there.
		const pages = await Promise.all([server.open(urls.Deploy), server.open(urls.Cancel)]);

		expect(pages.map((p) => p.status)).toEqual([200, 200]);
		expect(pages.filter((p) => p.body.includes('Your answer was recorded'))).toHaveLength(1);
		expect(pages.filter((p) => p.body.includes('This request is closed'))).toHaveLength(1);
		const [{ data }] = execution.items() as Array<{ data: { approved: boolean } }>;
		expect(emu.state.messages.get(message.id)?.content).toBe(
			`Deploy **v2.4** to production?\n\n**Answer:** ${data.approved ? '✅ Deploy' : '❌ Cancel'}`,
		);
		expect(requestsTo(emu, 'PUT', `/messages/${message.id}`)).toHaveLength(1);
	});

	it('a link of a message that is already closed gets a clear page and the execution keeps waiting', async () => {
		const execution = await sendAndWait(server, emu, { ...approveOrReject, chatId: rl('id', chat.id) });
		const message = sentMessage(emu);
		const urls = buttonUrls(message);
		// Someone (another workflow) removed the buttons while the execution waits.
		await runMessage(emu, { operation: 'update', messageId: rl('id', message.id), buttonsMode: 'remove' });
		emu.clearRequests();

		const page = await server.open(urls.Deploy);

		expect(page.status).toBe(200);
		expect(page.body).toContain('This request is closed');
		expect(execution.finished()).toBe(false);
		expect(requestsTo(emu, 'PUT', `/messages/${message.id}`)).toEqual([]);
	});

	it('two executions waiting at once: each link resumes its own, and a signature does not carry over', async () => {
		const first = await sendAndWait(server, emu, { ...approveOrReject, chatId: rl('id', chat.id), content: 'Deploy api?' });
		const firstMessage = sentMessage(emu);
		const second = await sendAndWait(server, emu, { ...approveOrReject, chatId: rl('id', chat.id), content: 'Deploy web?' });
		const secondMessage = sentMessage(emu);

		// The second execution's path with the first one's query and signature.
		const borrowed = new URL(buttonUrls(firstMessage).Deploy);
		borrowed.pathname = new URL(buttonUrls(secondMessage).Deploy).pathname;
		expect((await server.open(borrowed.toString())).status).toBe(401);

		await server.open(buttonUrls(secondMessage).Cancel);

		expect(second.items()).toEqual([{ data: { approved: false } }]);
		expect(first.finished()).toBe(false);
		expect(emu.state.messages.get(firstMessage.id)).toMatchObject({ content: 'Deploy api?', buttons: [expect.any(Array)] });

		await server.open(buttonUrls(firstMessage).Deploy);
		expect(first.items()).toEqual([{ data: { approved: true } }]);
	});

	it('Approve Only puts one button with the default label', async () => {
		const execution = await sendAndWait(server, emu, { sendTo: 'chat', chatId: rl('id', chat.id), content: 'Ship it?' });
		const message = sentMessage(emu);
		expect(Object.keys(buttonUrls(message))).toEqual(['Approve']);

		await server.open(buttonUrls(message).Approve);
		expect(execution.items()).toEqual([{ data: { approved: true } }]);
		expect(emu.state.messages.get(message.id)?.content).toBe('Ship it?\n\n**Answer:** ✅ Approve');
	});

	it('with Show Answer in Message off, the message is left as it is', async () => {
		const execution = await sendAndWait(server, emu, {
			sendTo: 'chat',
			chatId: rl('id', chat.id),
			content: 'Ship it?',
			options: { showAnswer: false },
		});
		const message = sentMessage(emu);
		emu.clearRequests();

		await server.open(buttonUrls(message).Approve);

		expect(execution.items()).toEqual([{ data: { approved: true } }]);
		expect(emu.requests).toEqual([]);
		expect(emu.state.messages.get(message.id)?.buttons).toHaveLength(1);
	});

	it('when Pachca fails the edit, the answer still counts', async () => {
		const execution = await sendAndWait(server, emu, { sendTo: 'chat', chatId: rl('id', chat.id), content: 'Ship it?' });
		const message = sentMessage(emu);
		emu.injectFault({ method: 'PUT', path: `/messages/${message.id}`, kind: 'status', status: 500, times: 5 });

		const page = await server.open(buttonUrls(message).Approve);

		expect(page.body).toContain('Your answer was recorded');
		expect(execution.items()).toEqual([{ data: { approved: true } }]);
		expect(emu.state.messages.get(message.id)?.content).toBe('Ship it?');
	});

	it('a forged or unsigned link resumes nothing: n8n refuses it before the node runs', async () => {
		const execution = await sendAndWait(server, emu, { sendTo: 'chat', chatId: rl('id', chat.id), content: 'Ship it?' });
		const message = sentMessage(emu);
		const url = new URL(buttonUrls(message).Approve);
		emu.clearRequests();

		const otherMessage = new URL(url);
		otherMessage.searchParams.set('messageId', String(message.id + 1));
		const flipped = new URL(url);
		flipped.searchParams.set('approved', 'false');
		const unsigned = new URL(url);
		unsigned.searchParams.delete('signature');

		for (const forged of [otherMessage, flipped, unsigned]) {
			expect(await server.open(forged.toString())).toEqual({ status: 401, body: '{"error":"Invalid token"}' });
		}
		expect(execution.finished()).toBe(false);
		expect(emu.requests).toEqual([]);
	});
});
