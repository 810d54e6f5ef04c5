import type { Chat, PachcaEmulator } from '../emulator';
import type { WaitingWebhookServer } from '../harness/wait';
import { buttonUrls, requestsTo, rl, sendAndWait, sendAndWaitPerFile, sentMessage } from '../harness/fixtures/sendAndWait';

let emu: PachcaEmulator;
let server: WaitingWebhookServer;
let chat: Chat;
sendAndWaitPerFile({ name: 'Incidents' }, (world) => ({ emu, server, chat } = world));

const question = () => ({
	sendTo: 'chat',
	chatId: rl('id', chat.id),
	content: 'The nightly import failed. What should the bot tell the customer?',
	responseType: 'freeText',
	options: { messageButtonLabel: 'Write the answer', responseFormTitle: 'Answer for the customer', responseFormButtonLabel: 'Send' },
});

/** Posts the form as a browser does: urlencoded, to the address the form was opened from. */
const submit = (url: string, text: string) =>
	server.open(url, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ response: text }).toString(),
	});

describe('Send and Wait for Response: free text', () => {
	it('puts one button that opens a form; opening it changes nothing', async () => {
		const execution = await sendAndWait(server, emu, question());
		const message = sentMessage(emu);
		expect(Object.keys(buttonUrls(message))).toEqual(['Write the answer']);
		emu.clearRequests();

		const form = await server.open(buttonUrls(message)['Write the answer']);

		expect(form.status).toBe(200);
		expect(form.body).toContain('<h1>Answer for the customer</h1>');
		// The form's description defaults to the message text, escaped.
		expect(form.body).toContain('The nightly import failed. What should the bot tell the customer?');
		expect(form.body).toMatch(/<form method="post">.*<textarea name="response"/s);
		expect(form.body).toContain('<button type="submit">Send</button>');
		expect(execution.finished()).toBe(false);
		expect(requestsTo(emu, 'PUT', `/messages/${message.id}`)).toEqual([]);
	});

	it('an empty answer shows the form again; a written one resumes with { data: { text } } and closes the message', async () => {
		const execution = await sendAndWait(server, emu, question());
		const message = sentMessage(emu);
		const url = buttonUrls(message)['Write the answer'];

		const empty = await submit(url, '   ');
		expect(empty.status).toBe(400);
		expect(empty.body).toContain('Write an answer first.');
		expect(execution.finished()).toBe(false);

		const answer = 'We are re-running the import <b>now</b>; data will be there by 10:00.';
		const page = await submit(url, answer);

		expect(page.body).toContain('Your answer was recorded');
		expect(execution.items()).toEqual([{ data: { text: answer } }]);
		expect(emu.state.messages.get(message.id)).toMatchObject({
			content: 'The nightly import failed. What should the bot tell the customer?\n\n**Answer:** 💬 sent through the form',
			buttons: null,
		});
	});

	it('escapes what it shows in the form', async () => {
		await sendAndWait(server, emu, {
			...question(),
			content: 'Deploy <script>alert(1)</script>?',
			options: { responseFormTitle: '"Quotes" & <tags>' },
		});
		const form = await server.open(buttonUrls(sentMessage(emu)).Respond);

		expect(form.body).not.toContain('<script>alert(1)</script>');
		expect(form.body).toContain('Deploy &lt;script&gt;alert(1)&lt;/script&gt;?');
		expect(form.body).toContain('<h1>&quot;Quotes&quot; &amp; &lt;tags&gt;</h1>');
	});
});
