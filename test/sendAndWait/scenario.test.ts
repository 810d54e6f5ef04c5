// The README's example as it runs in n8n: CI item → Send and Wait (the question is built from the item)
// → the answer, or the input item after a timeout → a follow-up message built from what came out.
import type { IDataObject } from 'n8n-workflow';

import type { Chat, PachcaEmulator } from '../emulator';
import type { WaitingWebhookServer } from '../harness/wait';
import { runMessage } from '../harness/fixtures/message';
import { buttonUrls, rl, sendAndWait, sendAndWaitPerFile, sentMessage } from '../harness/fixtures/sendAndWait';

let emu: PachcaEmulator;
let server: WaitingWebhookServer;
let chat: Chat;
sendAndWaitPerFile({ name: 'Releases' }, (world) => ({ emu, server, chat } = world));

const ci = { version: '2.4.0', author: 'olga' };

const approvalStep = () => ({
	sendTo: 'chat',
	chatId: rl('list', chat.id),
	content: '={{ "Deploy **" + $json.version + "** by @" + $json.author + " to production?" }}',
	approvalOptions: { values: { approvalType: 'double', approveLabel: 'Deploy', disapproveLabel: 'Cancel' } },
	options: { limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 2, resumeUnit: 'hours' } } },
});

/** The step after the approval: what an IF on `data.approved` would route, as one message. */
const followUp = async (items: IDataObject[]) =>
	await runMessage(
		emu,
		{
			operation: 'send',
			sendTo: 'chat',
			chatId: rl('id', chat.id),
			content: '={{ $json.data?.approved === true ? "Deploying now" : "Deploy skipped" }}',
		},
		items,
	);

describe('approval before a deployment', () => {
	it('approved: the question shows the CI data, the answer flows into the next step', async () => {
		const execution = await sendAndWait(server, emu, approvalStep(), [ci]);
		const question = sentMessage(emu);
		expect(question.content).toBe('Deploy **2.4.0** by @olga to production?');

		await server.open(buttonUrls(question).Deploy);
		const next = await followUp(execution.items());

		expect(next.items.map((i) => i.json.content)).toEqual(['Deploying now']);
		expect(emu.state.messages.get(question.id)).toMatchObject({
			content: 'Deploy **2.4.0** by @olga to production?\n\n**Answer:** ✅ Deploy',
			buttons: null,
		});
	});

	it('nobody answers within 2 hours: the CI item goes on without an answer', async () => {
		const execution = await sendAndWait(server, emu, approvalStep(), [ci]);
		await server.timeOut(execution);

		expect(execution.items()).toEqual([ci]);
		const next = await followUp(execution.items());
		expect(next.items.map((i) => i.json.content)).toEqual(['Deploy skipped']);
	});

	it('free text: the form shows the question built from the waiting item', async () => {
		const execution = await sendAndWait(
			server,
			emu,
			{
				sendTo: 'chat',
				chatId: rl('id', chat.id),
				content: '={{ "Why was " + $json.version + " rolled back?" }}',
				responseType: 'freeText',
			},
			[ci],
		);
		const url = buttonUrls(sentMessage(emu)).Respond;

		const form = await server.open(url);
		expect(form.body).toContain('<p>Why was 2.4.0 rolled back?</p>');

		await server.open(url, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'response=Memory+leak+in+the+worker',
		});
		expect(execution.items()).toEqual([{ data: { text: 'Memory leak in the worker' } }]);
	});
});
