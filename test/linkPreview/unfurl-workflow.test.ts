// The unfurl workflow end to end: Pachca delivers a Link Shared event to the trigger, whose output item
// goes straight into Link Preview → Create (no Code node in between).
import type { PachcaEmulator } from '../emulator';
import type { WebhookServer } from '../harness/webhook-server';
import { startTrigger } from '../harness/fixtures/trigger';
import { emulatorPerFile, requestsTo, runLinkPreview } from '../harness/fixtures/linkPreview';

let emu: PachcaEmulator;
let trigger: WebhookServer | undefined;

emulatorPerFile((started) => (emu = started), { rateLimits: true });
afterEach(async () => {
	await trigger?.close();
	trigger = undefined;
});

it('Pachca Trigger (Link Shared) → Link Preview: previews for the shown links, none for the hidden one', async () => {
	const chat = emu.addChat({ name: 'Tracker talk' });
	const shown = 'https://example.com/tasks/41';
	const hidden = 'https://example.com/tasks/42';
	const [message] = emu.addMessages(chat.id, 1, { content: `Look at ${shown} and ${hidden}` });
	trigger = await startTrigger(emu, { parameters: { events: ['message.link_shared'] } });

	const delivery = await emu.emitWebhook('message.link_shared', {
		chat_id: chat.id,
		message_id: message.id,
		links: [
			{ url: shown, domain: 'example.com', skip: false },
			{ url: hidden, domain: 'example.com', skip: true },
		],
	});
	expect(delivery.status).toBe(200);
	const event = trigger.executions[0][0][0].json;
	expect(event).toMatchObject({ event_name: 'message.link_shared', message_id: message.id });

	const result = await runLinkPreview(
		emu,
		{
			source: 'linkShared',
			linkTitle: '={{ "Task #" + $link.url.split("/").pop() }}',
			linkDescription: '={{ "Shared in chat " + $json.chat_id }}',
		},
		[event],
	);
	expect(result.error).toBeUndefined();
	expect(requestsTo(emu, 'POST', `/messages/${message.id}/link_previews`).map((r) => r.body)).toEqual([
		{ link_previews: { [shown]: { title: 'Task #41', description: `Shared in chat ${chat.id}` } } },
	]);
	expect(emu.state.linkPreviews.get(message.id)).toEqual({ [shown]: { title: 'Task #41', description: `Shared in chat ${chat.id}` } });
});
