// The command bot of the README, behind a firewall: the history trigger instead of the webhook one,
// the same downstream node, no webhook URL at all (emulator limits on).
import type { PachcaEmulator } from '../emulator';
import { api } from '../emulator/helpers';
import { credentialsFor } from '../harness/credentials';
import { emulatorPerFile } from '../harness/emulator';
import { runAction } from '../harness/run';
import { historyIds, historyTrigger } from '../harness/fixtures/historyTrigger';

let emulator: PachcaEmulator;
emulatorPerFile((started) => (emulator = started), { rateLimits: true });

it('command bot: "/task …" read from the history, answered in its thread, the bot\'s own reply ignored', async () => {
	const chat = emulator.addChat({ name: 'Tasks' });
	emulator.state.bots.get(emulator.botId)!.webhook.ignore_self_messages = false;
	const trigger = historyTrigger(emulator, {
		firstActivation: 'onlyNew',
		events: ['message.new'],
		options: { commands: '/task', ignoreUserIds: String(emulator.botId) },
	});
	expect(await trigger.poll()).toEqual([]);

	for (const content of ['good morning', '/task buy milk']) {
		// Posted by a user, as in the Pachca app (api() uses the emulator's user token).
		expect((await api(emulator, 'POST', '/messages', { body: { message: { entity_type: 'discussion', entity_id: chat.id, content } } })).status).toBe(201);
	}
	await emulator.flushWebhooks();
	const [command] = await trigger.poll();
	expect(command).toMatchObject({ event_name: 'message.new', content: '/task buy milk' });

	const reply = await runAction(
		{
			credentials: credentialsFor(emulator),
			parameters: {
				resource: 'message',
				operation: 'replyInThread',
				messageId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				content: '={{ $json.content + " → task created" }}',
			},
		},
		[command],
	);
	expect(reply.error).toBeUndefined();
	await emulator.flushWebhooks();

	// The bot's reply lands in the history too; it is acknowledged but starts nothing.
	expect(await trigger.poll()).toEqual([]);
	expect(await trigger.poll()).toEqual([]);
	expect(trigger.emitted).toHaveLength(1);
	expect(historyIds(emulator)).toEqual([]);
	expect(emulator.requests.filter((request) => request.status === 429)).toEqual([]);
}, 30_000);
