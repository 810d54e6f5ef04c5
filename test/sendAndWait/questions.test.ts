import type { Chat, Message, PachcaEmulator } from '../emulator';
import type { WaitingWebhookServer } from '../harness/wait';
import { buttonUrls, requestsTo, rl, sendAndWait, sendAndWaitPerFile, sentMessage } from '../harness/fixtures/sendAndWait';

let emu: PachcaEmulator;
let server: WaitingWebhookServer;
let chat: Chat;
sendAndWaitPerFile({ name: 'On call' }, (world) => ({ emu, server, chat } = world));

const question = () => ({
	sendTo: 'chat',
	chatId: rl('id', chat.id),
	content: 'Restart the database?',
	approvalOptions: { values: { approvalType: 'double', approveLabel: 'Restart', disapproveLabel: 'Leave it' } },
	options: { limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 10, resumeUnit: 'minutes' } } },
});

/** The node's output of each of its runs so far. */
const runs = (execution: Awaited<ReturnType<typeof sendAndWait>>) =>
	(execution.data.resultData.runData.Pachca ?? []).map((task) => task.data?.main?.[0]?.map((item) => item.json));

/** A workflow that asks again when nobody answered in time: the node's output loops back into it. */
async function askTwice(): Promise<{ execution: Awaited<ReturnType<typeof sendAndWait>>; first: Message; second: Message }> {
	const execution = await sendAndWait(server, emu, question(), [{ incident: 42 }], { loop: true });
	const first = sentMessage(emu);
	await server.timeOut(execution);
	const second = sentMessage(emu);
	expect(second.id).not.toBe(first.id);
	expect(execution.data.waitTill).toBeInstanceOf(Date);
	return { execution, first, second };
}

describe('Send and Wait for Response: a link answers only its own question', () => {
	it("an earlier question's link, opened while the node waits on a newer one, resumes nothing", async () => {
		const { execution, first, second } = await askTwice();
		emu.clearRequests();

		const page = await server.open(buttonUrls(first).Restart);

		expect(page.status).toBe(200);
		expect(page.body).toContain('This question is closed');
		expect(execution.data.waitTill).toBeInstanceOf(Date);
		expect(requestsTo(emu, 'PUT', `/messages/${first.id}`)).toEqual([]);
		expect(requestsTo(emu, 'PUT', `/messages/${second.id}`)).toEqual([]);

		await server.open(buttonUrls(second)['Leave it']);
		// The second question's answer is what its run hands on (the loop then asks a third time).
		expect(runs(execution)[1]).toEqual([{ data: { approved: false } }]);
		expect(emu.state.messages.get(second.id)?.content).toBe('Restart the database?\n\n**Answer:** ❌ Leave it');
	});

	it('where n8n does not check the signature, the node itself refuses a link whose answer, message or token was changed', async () => {
		server.checksSignatures = false;
		const { execution, second } = await askTwice();
		const url = new URL(buttonUrls(second).Restart);
		emu.clearRequests();

		const flipped = new URL(url);
		flipped.searchParams.set('approved', 'false');
		const otherMessage = new URL(url);
		otherMessage.searchParams.set('messageId', String(second.id - 1));
		const noToken = new URL(url);
		noToken.searchParams.delete('question');

		for (const forged of [flipped, otherMessage, noToken]) {
			const page = await server.open(forged.toString());
			expect(page.body).toContain('This question is closed');
		}
		expect(execution.data.waitTill).toBeInstanceOf(Date);
		expect(emu.requests).toEqual([]);

		await server.open(url.toString());
		expect(runs(execution)[1]).toEqual([{ data: { approved: true } }]);
	});

	it("another execution's link, on this execution's path, is refused by the node", async () => {
		server.checksSignatures = false;
		const first = await sendAndWait(server, emu, question());
		const firstMessage = sentMessage(emu);
		const second = await sendAndWait(server, emu, question());
		const borrowed = new URL(buttonUrls(firstMessage).Restart);
		borrowed.pathname = new URL(buttonUrls(sentMessage(emu)).Restart).pathname;

		expect((await server.open(borrowed.toString())).body).toContain('This question is closed');
		expect(second.finished()).toBe(false);
		expect(first.finished()).toBe(false);
	});
});

afterEach(() => {
	server.checksSignatures = true;
});

describe('Send and Wait for Response: no custom data entry left', () => {
	it('refuses before sending when the execution already holds n8n\'s 10 custom data entries', async () => {
		const full = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`entry${i}`, String(i)]));
		const execution = await sendAndWait(server, emu, question(), [{ incident: 42 }], { customData: full });

		expect(execution.run.data.resultData.error?.message).toBe(
			'the execution already holds 10 custom data entries; Send and Wait needs one to tell its questions apart',
		);
		expect(execution.data.waitTill).toBeUndefined();
		expect(emu.requests).toEqual([]);
		expect(execution.data.resultData.metadata).toEqual(full);
	});
});
