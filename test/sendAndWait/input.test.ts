import type { Chat, PachcaEmulator } from '../emulator';
import { credentialsFor } from '../harness/credentials';
import type { WaitingWebhookServer } from '../harness/wait';
import { buttonUrls, requestsTo, rl, sendAndWait, sendAndWaitPerFile, sentMessage } from '../harness/fixtures/sendAndWait';

let emu: PachcaEmulator;
let server: WaitingWebhookServer;
let chat: Chat;
sendAndWaitPerFile({ name: 'Deploys', memberIds: [13] }, (world) => ({ emu, server, chat } = world));

const base = () => ({ sendTo: 'chat', chatId: rl('id', chat.id), content: 'Deploy?' });
const longLabel = 'x'.repeat(256);

describe('Send and Wait for Response: targets and input', () => {
	it('asks a user in a direct message', async () => {
		const execution = await sendAndWait(server, emu, { sendTo: 'user', userId: '13', content: 'Deploy?' });

		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([
			{ message: { entity_type: 'user', entity_id: 13, content: 'Deploy?' } },
		]);
		await server.open(buttonUrls(sentMessage(emu)).Approve);
		expect(execution.items()).toEqual([{ data: { approved: true } }]);
		expect(sentMessage(emu).content).toBe('Deploy?\n\n**Answer:** ✅ Approve');
	});

	it('node version 2: asks the user picked in the User picker (list or ID)', async () => {
		await sendAndWait(server, emu, { sendTo: 'user', userId: rl('list', '13'), message: 'Deploy?' }, undefined, { typeVersion: 2 });
		await sendAndWait(server, emu, { sendTo: 'user', userId: rl('id', '14'), message: 'Ship?' }, undefined, { typeVersion: 2 });

		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([
			{ message: { entity_type: 'user', entity_id: 13, content: 'Deploy?' } },
			{ message: { entity_type: 'user', entity_id: 14, content: 'Ship?' } },
		]);
	});

	it('node version 2: a User pick that is not an ID is refused naming the User, and nothing is sent', async () => {
		const execution = await sendAndWait(server, emu, { sendTo: 'user', userId: rl('id', '={{ "olga" }}'), message: 'Deploy?' }, undefined, { typeVersion: 2 });

		expect(execution.run.data.resultData.error?.message).toBe('User: expected a positive numeric ID, got "olga" (item 0)');
		expect(emu.requests).toEqual([]);
	});

	it('asks in a thread', async () => {
		const [root] = emu.addMessages(chat.id, 1);
		const thread = emu.state.threadFor(root, emu.userId);
		const execution = await sendAndWait(server, emu, { sendTo: 'thread', threadId: String(thread.id), content: 'Deploy?' });

		expect(requestsTo(emu, 'POST', '/messages').map((r) => r.body)).toEqual([
			{ message: { entity_type: 'thread', entity_id: thread.id, content: 'Deploy?' } },
		]);
		expect(execution.finished()).toBe(false);
	});

	it('sends one message for several input items and waits once, as n8n does', async () => {
		const execution = await sendAndWait(server, emu, base(), [{ n: 1 }, { n: 2 }, { n: 3 }]);

		expect(requestsTo(emu, 'POST', '/messages')).toHaveLength(1);
		expect(execution.items()).toEqual([{ n: 1 }]);
		await server.open(buttonUrls(sentMessage(emu)).Approve);
		expect(execution.items()).toEqual([{ data: { approved: true } }]);
	});

	it('when the buttons cannot be added, the question is deleted and the node fails', async () => {
		emu.injectFault({ method: 'PUT', path: /^\/messages\/\d+$/, kind: 'status', status: 403 });

		const execution = await sendAndWait(server, emu, base());

		expect(execution.run.data.resultData.error?.message).toMatch(/^Pachca PUT \/messages\/\d+ failed with 403/);
		expect(execution.data.waitTill).toBeUndefined();
		expect(emu.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201', 'PUT 403', 'DELETE 204']);
		expect(sentMessage(emu).content).toBe('');
	});

	it.each([
		['empty content', { content: '  ' }, 'Content: is empty (item 0)'],
		['a bad user ID', { sendTo: 'user', userId: 'olga' }, 'User ID: expected a positive numeric ID, got "olga" (item 0)'],
		[
			'a chat link on another host',
			{ chatId: rl('url', 'https://evil.example.com/chats/5') },
			'Chat: expected a link on a Pachca host',
		],
		[
			'a button label over 255 characters',
			{ approvalOptions: { values: { approveLabel: longLabel } } },
			'Approve Button Label: 256 characters, at most 255 are allowed (item 0)',
		],
		[
			'an empty disapprove label',
			{ approvalOptions: { values: { approvalType: 'double', disapproveLabel: '' } } },
			'Disapprove Button Label: is empty (item 0)',
		],
		[
			'a Response Form Title that is an object',
			{ responseType: 'freeText', options: { responseFormTitle: '={{ { a: 1 } }}' } },
			'Response Form Title: expected text, got an object (item 0)',
		],
		[
			'a Response Form Description that is a list',
			{ responseType: 'freeText', options: { responseFormDescription: '={{ [1, 2] }}' } },
			'Response Form Description: expected text, got an array (item 0)',
		],
		[
			'a Response Form Button Label that is an object',
			{ responseType: 'freeText', options: { responseFormButtonLabel: '={{ { a: 1 } }}' } },
			'Response Form Button Label: expected text, got an object (item 0)',
		],
		[
			'a wait of zero',
			{ options: { limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 0, resumeUnit: 'hours' } } } },
			'Amount: expected a number greater than 0, got 0 (item 0)',
		],
		[
			'a date in the past',
			{ options: { limitWaitTime: { values: { limitType: 'atSpecifiedTime', maxDateAndTime: '2020-01-01T00:00:00.000Z' } } } },
			'Max Date and Time: 2020-01-01T00:00:00.000Z is already past (item 0)',
		],
		[
			'a date that does not exist (30 February)',
			{ options: { limitWaitTime: { values: { limitType: 'atSpecifiedTime', maxDateAndTime: '2099-02-30T10:00:00' } } } },
			'Max Date and Time: expected a date and time, got "2099-02-30T10:00:00" (item 0)',
		],
		[
			'a date that is not one',
			{ options: { limitWaitTime: { values: { limitType: 'atSpecifiedTime', maxDateAndTime: 'next friday' } } } },
			'Max Date and Time: expected a date and time, got "next friday" (item 0)',
		],
	])('%s: a clear error, nothing sent, no wait', async (_case, parameters, message) => {
		const execution = await sendAndWait(server, emu, { ...base(), ...parameters });

		expect(execution.run.data.resultData.error?.message).toContain(message);
		expect(emu.requests).toEqual([]);
		expect(execution.data.waitTill).toBeUndefined();
	});

	it('with Continue On Fail, bad input becomes an error item and the execution does not wait', async () => {
		const execution = await server.execute(
			{
				type: 'pachca',
				parameters: { resource: 'message', operation: 'sendAndWait', ...base(), content: ' ' },
				credentials: credentialsFor(emu),
				continueOnFail: true,
			},
			[{}],
		);

		expect(execution.items()).toEqual([{ error: 'Content: is empty (item 0)' }]);
		expect(execution.finished()).toBe(true);
		expect(emu.requests).toEqual([]);
	});
});
