// The users' scenarios (shared/seed/pachca-bots.txt) as n8n workflows: trigger output feeds the
// action node's expressions, exactly as items flow between nodes in n8n.
import type { PachcaEmulator } from '../emulator';
import { api } from '../emulator/helpers';
import { credentialsFor } from '../harness/credentials';
import { emulatorPerFile } from '../harness/emulator';
import { runAction } from '../harness/run';
import type { WebhookServer } from '../harness/webhook-server';
import { startTrigger } from '../harness/fixtures/trigger';

const rl = (mode: 'id' | 'list' | 'url', value: string) => ({ __rl: true, mode, value });

describe('bot scenarios as workflows', () => {
	let emulator: PachcaEmulator;
	let trigger: WebhookServer | undefined;
	emulatorPerFile((started) => (emulator = started), { rateLimits: true });
	afterEach(async () => {
		await trigger?.close();
		trigger = undefined;
		emulator.state.bots.get(emulator.botId)!.webhook.ignore_self_messages = true;
	});

	const messagesIn = (chatId: number) =>
		[...emulator.state.messages.values()].filter((m) => m.chat_id === chatId);

	it('periodic digest: one message per report row, content built from the incoming item', async () => {
		const chat = emulator.addChat({ name: 'Reports' });
		const { items, error } = await runAction(
			{
				credentials: credentialsFor(emulator),
				parameters: {
					resource: 'message',
					operation: 'send',
					sendTo: 'chat',
					chatId: rl('list', String(chat.id)),
					content: '={{ "Digest for " + $json.team + ": " + $json.open + " open, " + $json.closed + " closed" }}',
				},
			},
			[
				{ team: 'Support', open: 3, closed: 11 },
				{ team: 'Sales', open: 7, closed: 2 },
			],
		);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.content)).toEqual([
			'Digest for Support: 3 open, 11 closed',
			'Digest for Sales: 7 open, 2 closed',
		]);
		expect(messagesIn(chat.id).map((m) => m.content)).toEqual([
			'Digest for Support: 3 open, 11 closed',
			'Digest for Sales: 7 open, 2 closed',
		]);
	});

	it('alert with buttons, then the click callback closes it (Send → Trigger: Button Click → Update)', async () => {
		const chat = emulator.addChat({ name: 'Alerts' });
		const sent = await runAction({
			credentials: credentialsFor(emulator),
			parameters: {
				resource: 'message',
				operation: 'send',
				sendTo: 'chat',
				chatId: rl('id', String(chat.id)),
				content: 'Disk 91% full on db-1',
				buttonsMode: 'builder',
				buttonRows: {
					rows: [
						{
							buttons: {
								button: [
									{ text: 'Acknowledge', type: 'data', data: 'ack:db-1' },
									{ text: 'Dashboard', type: 'url', url: 'https://grafana.example.com/d/db-1' },
								],
							},
						},
					],
				},
			},
		});
		expect(sent.error).toBeUndefined();
		const alertId = sent.items[0].json.id as number;
		expect(emulator.state.messages.get(alertId)?.buttons).toEqual([
			[
				{ text: 'Acknowledge', data: 'ack:db-1' },
				{ text: 'Dashboard', url: 'https://grafana.example.com/d/db-1' },
			],
		]);

		trigger = await startTrigger(emulator, { parameters: { events: ['button.click'] } });
		const delivery = await emulator.emitWebhook('button.click', {
			message_id: alertId,
			chat_id: chat.id,
			user_id: emulator.userId,
			data: 'ack:db-1',
		});
		expect(delivery.status).toBe(200);
		expect(trigger.executions).toHaveLength(1);
		const click = trigger.executions[0][0][0].json;
		expect(click).toMatchObject({ event_name: 'button.click', message_id: alertId, data: 'ack:db-1' });

		const updated = await runAction(
			{
				credentials: credentialsFor(emulator),
				parameters: {
					resource: 'message',
					operation: 'update',
					messageId: rl('id', '={{ $json.message_id }}'),
					updateFields: { content: '={{ "Disk alert acknowledged by user " + $json.user_id }}' },
					buttonsMode: 'remove',
				},
			},
			[click],
		);
		expect(updated.error).toBeUndefined();
		const put = emulator.requests.find((r) => r.method === 'PUT' && r.path === `/messages/${alertId}`);
		expect(put?.body).toEqual({
			message: { content: `Disk alert acknowledged by user ${emulator.userId}`, buttons: [] },
		});
		const closed = emulator.state.messages.get(alertId);
		expect(closed?.content).toBe(`Disk alert acknowledged by user ${emulator.userId}`);
		expect(closed?.buttons ?? []).toEqual([]);
	});

	it('command bot: a user posts "/task …", the trigger passes only that, the bot replies in its thread', async () => {
		const chat = emulator.addChat({ name: 'Tasks' });
		// Pachca's own "ignore the bot's messages" is off, so the bot's reply is delivered: only the
		// trigger's Ignore User IDs keeps it from starting the workflow again.
		const botWebhook = emulator.state.bots.get(emulator.botId)!.webhook;
		botWebhook.ignore_self_messages = false;
		trigger = await startTrigger(emulator, {
			parameters: {
				events: ['message.new'],
				options: { commands: '/task', ignoreUserIds: String(emulator.botId) },
			},
		});
		// Real deliveries: the emulator posts signed webhooks for messages users write in the bot's chat.
		for (const content of ['good morning', '/task buy milk']) {
			// Posted by a user, as in the Pachca app (api() uses the emulator's user token).
			expect((await api(emulator, 'POST', '/messages', { body: { message: { entity_type: 'discussion', entity_id: chat.id, content } } })).status).toBe(201);
		}
		await emulator.flushWebhooks();
		expect(trigger.executions).toHaveLength(1);
		const command = trigger.executions[0][0][0].json;
		expect(command).toMatchObject({ event_name: 'message.new', content: '/task buy milk' });

		const reply = await runAction(
			{
				credentials: credentialsFor(emulator),
				parameters: {
					resource: 'message',
					operation: 'replyInThread',
					messageId: rl('id', '={{ $json.id }}'),
					// the reply quotes the command, so it passes Only Commands as well
					content: '={{ $json.content + " → task created" }}',
				},
			},
			[command],
		);
		expect(reply.error).toBeUndefined();
		expect(reply.items[0].json).toMatchObject({ entity_type: 'thread', content: '/task buy milk → task created' });
		const original = emulator.state.messages.get(command.id as number);
		expect(original?.thread).toEqual(expect.objectContaining({ id: reply.items[0].json.entity_id }));
		// The bot's own reply was delivered to the trigger and answered 200, but started no workflow.
		await emulator.flushWebhooks();
		const botReply = emulator.deliveries.filter((d) => JSON.parse(d.rawBody).user_id === emulator.botId);
		expect(botReply.map((d) => [d.kind, d.status])).toEqual([['message.new', 200]]);
		expect(trigger.executions).toHaveLength(1);
	});
});
