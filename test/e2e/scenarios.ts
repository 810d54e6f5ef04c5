// The bot scenarios of issue 11, each an example workflow in examples/ run in a real n8n against the
// emulator. Adding a scenario = adding its example JSON and one entry here.
import { buildWebhookPayload, signBody } from '../emulator';
import { ALERTS_BOT_ID, DEMO_CHATS } from '../emulator/ui/seed';
import { agentScenarios } from './agent';
import { APPROVAL, runApprovalScenario } from './approval';
import { check, checkEqual, note } from './lib/check';
import { nodeOutput } from './lib/n8n';
import { sleep, waitFor } from './lib/processes';
import { hasResource, PACKAGE_TYPE, type Scenario, type ScenarioContext } from './lib/scenario';
import { activateTrigger, deactivateTrigger, messagesIn } from './lib/triggers';
import { deliveryScenarios } from './delivery';
import { formScenarios } from './forms';
import { inChatScenarios } from './inChat';

const REGISTRATION = '01-webhook-registration.json';
const BOT_UPDATE = '02-update-bot-webhook.json';
const LINKS = '05-link-unfurling.json';
const HISTORY = '08-event-history.json';
const DIGEST = '03-periodic-digest.json';
const COMMAND = '04-command-reply-in-thread.json';
const CLICK = '06-button-click-callback.json';
const ALERT = '07-monitoring-alert.json';

const always = () => true;

function directChat(ctx: ScenarioContext, a: number, b: number) {
	return [...ctx.stack.emulator.state.chats.values()].find(
		(c) => c.personal && c.member_ids.includes(a) && c.member_ids.includes(b),
	);
}

async function postAs(ctx: ScenarioContext, userId: number, chatId: number, content: string, buttons?: unknown) {
	const person = ctx.stack.demo.people.find((p) => p.id === userId);
	const token = person?.token ?? (userId === ALERTS_BOT_ID ? ctx.stack.demo.alertsBot.token : undefined);
	const res = await fetch(`${ctx.stack.emulator.baseUrl}/messages`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
		body: JSON.stringify({ message: { entity_type: 'discussion', entity_id: chatId, content, buttons } }),
	});
	check(`POST /messages as user ${userId} → 201`, res.status === 201, res.status);
	return ((await res.json()) as { data: { id: number } }).data;
}

export const scenarios: Scenario[] = [
	{
		id: '1',
		title: 'Trigger in Automatic mode registers its URL on activation and clears it on deactivation',
		examples: [REGISTRATION],
		available: always,
		async run(ctx) {
			const { stack } = ctx;
			const bot = stack.emulator.botId;
			stack.emulator.clearRequests();
			const id = await activateTrigger(ctx, REGISTRATION, 'Pachca Trigger', bot);
			const url = stack.webhookUrl(REGISTRATION, 'Pachca Trigger');
			check(`activation: the bot's outgoing webhook URL is the trigger's production URL ${url}`, true);
			const puts = () => stack.emulator.requests.filter((r) => r.method === 'PUT' && r.path === `/bots/${bot}`);
			check('activation went through PUT /bots/{id} with the admin (user) token and the Bot ID', puts().length === 1, puts().map((r) => r.body));
			await deactivateTrigger(ctx, id, bot, true);
			const read = stack.emulator.requests.filter((r) => r.method === 'GET' && r.path === `/bots/${bot}`);
			check('deactivation read the bot first (GET /bots/{id}: the URL is still its own)', read.length >= 1, read.length);
			check("deactivation cleared the bot's URL (a second PUT /bots/{id})", puts().length === 2, puts().map((r) => r.body));
		},
	},
	{
		id: '2',
		title: "Update a bot's webhook URL from a workflow (Bot → Update)",
		examples: [BOT_UPDATE],
		available: (ctx) => hasResource(ctx, 'bot'),
		async run(ctx) {
			const { stack, n8n } = ctx;
			const emu = stack.emulator;
			const id = await stack.importExample(BOT_UPDATE);
			await n8n.activate(id);
			await sleep(1000);
			const target = 'https://hooks.example.com/pachca/alerts-bot';
			emu.clearRequests();
			const res = await fetch(stack.webhookUrl(BOT_UPDATE, 'Move Bot Webhook'), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ botId: ALERTS_BOT_ID, url: target }),
			});
			checkEqual('the request to the n8n Webhook got 200', res.status, 200);
			const [run] = await n8n.waitForExecutions(id, 1);
			checkEqual('the execution succeeded', run.status, 'success');
			const put = emu.requests.find((r) => r.method === 'PUT' && r.path === `/bots/${ALERTS_BOT_ID}`);
			check('the admin token called PUT /bots/{id}', put?.headers.authorization === `Bearer ${emu.userToken}`, put);
			checkEqual('with only the webhook URL in it', put?.body, { webhook: { outgoing_url: target } });
			checkEqual("the alerts bot's webhook URL is the new one", emu.state.bots.get(ALERTS_BOT_ID)?.webhook.outgoing_url, target);
			emu.setBotWebhook(ALERTS_BOT_ID, '');
			await n8n.deactivate(id);
		},
	},
	{
		id: '3',
		title: 'Periodic digest: Schedule → read #General → compose → send to #Reports',
		examples: [DIGEST],
		available: always,
		async run(ctx) {
			const { stack, n8n } = ctx;
			// Same workflow, but due every 2 seconds instead of weekdays at 9:00.
			const id = await stack.importExample(DIGEST, (wf) => {
				const schedule = wf.nodes.find((n) => n.type === 'n8n-nodes-base.scheduleTrigger')!;
				schedule.parameters.rule = { interval: [{ field: 'seconds', secondsInterval: 2 }] };
			});
			const general = messagesIn(ctx, DEMO_CHATS.general);
			await n8n.activate(id);
			const [first] = await waitFor('the first scheduled run', async () => {
				const done = (await n8n.executions(id)).filter((e) => e.finished || e.status === 'error');
				return done.length > 0 ? done.sort((a, b) => Number(a.id) - Number(b.id)) : undefined;
			}, 30_000);
			await n8n.deactivate(id);
			checkEqual('the scheduled execution finished with status success', first.status, 'success');
			check('its mode is "trigger" (started by the schedule)', first.mode === 'trigger', first.mode);
			checkEqual('"Read General" returned the chat\'s messages', nodeOutput(first, 'Read General').length, general.length);
			const digest = messagesIn(ctx, DEMO_CHATS.reports)[0];
			const expected = `**Digest of #General**: ${general.length} messages\n${general.slice(0, 5).map((m) => `• ${m.content}`).join('\n')}`;
			checkEqual('#Reports received the digest composed from #General', digest?.content, expected);
			check('the digest was sent by the bot', digest?.user_id === stack.emulator.botId, digest?.user_id);
		},
	},
	{
		id: '4',
		title: 'New message with a command → fetch the full message → reply in its thread',
		examples: [COMMAND],
		available: always,
		async run(ctx) {
			const { stack, n8n } = ctx;
			const emu = stack.emulator;
			const id = await activateTrigger(ctx, COMMAND, 'On /task', emu.botId);
			emu.clearRequests();
			await postAs(ctx, 13, DEMO_CHATS.general, 'good morning');
			const command = await postAs(ctx, 13, DEMO_CHATS.general, '/task buy milk');
			await emu.flushWebhooks();
			const [run] = await n8n.waitForExecutions(id, 1);
			await sleep(1500);
			checkEqual('exactly one execution: "good morning" is not a command', (await n8n.executions(id)).length, 1);
			checkEqual('the execution succeeded', run.status, 'success');
			checkEqual('"Fetch Full Message" read the command message', nodeOutput(run, 'Fetch Full Message')[0]?.id, command.id);
			const calls = emu.requests.filter((r) => r.headers.authorization === `Bearer ${emu.botToken}`).map((r) => `${r.method} ${r.path}`);
			check(
				'the bot called GET /messages/{id}, then POST /messages/{id}/thread, then POST /messages',
				calls.join(' | ').includes(`GET /messages/${command.id} | POST /messages/${command.id}/thread | POST /messages`),
				calls,
			);
			const thread = [...emu.state.threads.values()].find((t) => t.message_id === command.id);
			const replies = thread ? messagesIn(ctx, thread.chat_id) : [];
			checkEqual('the reply is in the command\'s thread', replies.map((m) => m.content), [`Task created: buy milk (from message #${command.id})`]);
			await deactivateTrigger(ctx, id, emu.botId);
		},
	},
	{
		id: '5',
		title: 'Link unfurling: Link Shared → Link Preview → Create',
		examples: [LINKS],
		available: (ctx) => hasResource(ctx, 'linkPreview'),
		async run(ctx) {
			const { stack, n8n } = ctx;
			const emu = stack.emulator;
			const id = await activateTrigger(ctx, LINKS, 'On Link Shared', emu.botId);
			const shown = 'https://example.com/tasks/41';
			const hidden = 'https://example.com/tasks/42';
			const [message] = emu.addMessages(DEMO_CHATS.general, 1, { user_id: 13, content: `Look at ${shown} and ${hidden}` });
			const delivery = await emu.emitWebhook('message.link_shared', {
				chat_id: DEMO_CHATS.general,
				message_id: message.id,
				user_id: 13,
				links: [
					{ url: shown, domain: 'example.com', skip: false },
					{ url: hidden, domain: 'example.com', skip: true },
				],
			});
			checkEqual('the signed Link Shared delivery was answered 200', delivery.status, 200);
			const [run] = await n8n.waitForExecutions(id, 1);
			checkEqual('the execution succeeded', run.status, 'success');
			checkEqual(
				'a preview was created for the shown link only (skip: true left alone)',
				emu.state.linkPreviews.get(message.id),
				{ [shown]: { title: 'Task #41', description: `Shared in chat ${DEMO_CHATS.general}` } },
			);
			await deactivateTrigger(ctx, id, emu.botId);
		},
	},
	{
		id: '6',
		title: 'Button click → a direct message to the clicker → the original loses its buttons',
		examples: [CLICK],
		available: always,
		async run(ctx) {
			const { stack, n8n } = ctx;
			const id = await activateTrigger(ctx, CLICK, 'On Button Click', ALERTS_BOT_ID);
			const buttons = [[{ text: 'Take', data: 'take:deploy-23' }, { text: 'Ignore', data: 'ignore:deploy-23' }]];
			const msg = await postAs(ctx, ALERTS_BOT_ID, DEMO_CHATS.alerts, 'Deploy v2.3 to production?', buttons);
			// The click as the chat page does it (the same endpoint its buttons call).
			const res = await fetch(`${stack.chatPageUrl}/api/click`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ messageId: msg.id, userId: 14, data: 'take:deploy-23' }),
			});
			const click = (await res.json()) as { delivered: number };
			checkEqual("n8n answered the signed button.click with 200", click.delivered, 200);
			const [run] = await n8n.waitForExecutions(id, 1);
			checkEqual('one execution, status success', run.status, 'success');
			const dm = directChat(ctx, ALERTS_BOT_ID, 14);
			checkEqual('the clicker got a direct message', dm ? messagesIn(ctx, dm.id).map((m) => m.content) : [], ['You took deploy-23. Good luck!']);
			const original = stack.emulator.state.messages.get(msg.id);
			checkEqual('the original message has no buttons left', original?.buttons ?? [], []);
			checkEqual('and says who took it', original?.content, 'Deploy v2.3 to production?\n\n→ take by user 14');
			await deactivateTrigger(ctx, id, ALERTS_BOT_ID);
		},
	},
	{
		id: '7',
		title: 'Monitoring alert via an n8n Webhook → message with Take / Ignore → the click handled as in 6',
		examples: [ALERT, CLICK],
		available: always,
		async run(ctx) {
			const { stack, n8n } = ctx;
			const alertWf = await stack.importExample(ALERT);
			await n8n.activate(alertWf);
			const clickWf = await activateTrigger(ctx, CLICK, 'On Button Click', ALERTS_BOT_ID);
			const res = await fetch(stack.webhookUrl(ALERT, 'Monitoring Alert'), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ id: 'db-1', severity: 'critical', title: 'Disk 91% full on db-1' }),
			});
			checkEqual('the monitoring system\'s POST to the n8n Webhook got 200', res.status, 200);
			const [sent] = await n8n.waitForExecutions(alertWf, 1);
			checkEqual('the alert workflow succeeded', sent.status, 'success');
			const alert = messagesIn(ctx, DEMO_CHATS.alerts).at(-1);
			checkEqual('#Alerts got the alert', alert?.content, '**CRITICAL** Disk 91% full on db-1 (db-1)');
			checkEqual('with Take / Ignore buttons', alert?.buttons, [[{ text: 'Take', data: 'take:db-1' }, { text: 'Ignore', data: 'ignore:db-1' }]]);
			const delivery = await stack.emulator.emitWebhook(
				'button.click',
				{ message_id: alert!.id, chat_id: DEMO_CHATS.alerts, user_id: 13, data: 'ignore:db-1' },
				{ botId: ALERTS_BOT_ID },
			);
			checkEqual('the click on Ignore was answered 200', delivery.status, 200);
			const [clicked] = await n8n.waitForExecutions(clickWf, 1);
			checkEqual('the click workflow succeeded', clicked.status, 'success');
			const dm = directChat(ctx, ALERTS_BOT_ID, 13);
			checkEqual('the clicker got a direct message', dm ? messagesIn(ctx, dm.id).map((m) => m.content) : [], ['You chose: ignore:db-1']);
			checkEqual('the alert lost its buttons', stack.emulator.state.messages.get(alert!.id)?.buttons ?? [], []);
			await n8n.deactivate(alertWf);
			await deactivateTrigger(ctx, clickWf, ALERTS_BOT_ID);
		},
	},
	{
		id: '8',
		title: 'Events through the history, no public URL: Event History Trigger → handle → acknowledged',
		examples: [HISTORY],
		available: (ctx) => ctx.nodeTypes.has(PACKAGE_TYPE('pachcaEventHistoryTrigger')),
		async run(ctx) {
			const { stack, n8n } = ctx;
			const emu = stack.emulator;
			// No public URL: the bot has no webhook (earlier bot-token triggers leave theirs in place).
			emu.setBotWebhook(emu.botId, '');
			const delivered = emu.deliveries.length;
			// Polls every minute as shipped: n8n refuses poll intervals under a minute ("partially published").
			const id = await stack.importExample(HISTORY);
			emu.clearRequests();
			await n8n.activate(id);
			const polls = () => emu.requests.filter((r) => r.method === 'GET' && r.path === '/webhooks/events').length;
			// "Only New Events": what is in the history at the first poll counts as seen.
			await waitFor('the first poll', () => (polls() > 0 ? true : undefined));
			await postAs(ctx, 13, DEMO_CHATS.general, 'good afternoon');
			const command = await postAs(ctx, 13, DEMO_CHATS.general, '/task water the plants');
			const [run] = await n8n.waitForExecutions(id, 1, 75_000);
			checkEqual('one execution, for the command only', run.status, 'success');
			checkEqual('the trigger emitted the command message', nodeOutput(run, 'Poll Event History').map((i) => i.id), [command.id]);
			const thread = [...emu.state.threads.values()].find((t) => t.message_id === command.id);
			checkEqual('the reply is in the command\'s thread', thread ? messagesIn(ctx, thread.chat_id).map((m) => m.content) : [], [
				'Task created from the history: water the plants',
			]);
			const ours = (e: { payload: Record<string, unknown> }) => e.payload.chat_id === DEMO_CHATS.general && Number(e.payload.id) >= command.id - 1;
			await waitFor('both new events to be acknowledged', () =>
				(emu.state.history.get(emu.botId) ?? []).some(ours) ? undefined : true,
			75_000);
			const deletes = emu.requests.filter((r) => r.method === 'DELETE' && r.path.startsWith('/webhooks/events/'));
			check('the next poll acknowledged both events (the command and the filtered-out one) with DELETE', deletes.length >= 2, deletes.map((r) => r.path));
			checkEqual('no webhook was delivered meanwhile', emu.deliveries.length, delivered);
			await n8n.deactivate(id);
		},
	},
	{
		id: '9',
		title: 'Approval before a deployment (Send and Wait): signed links, forged ones refused by n8n, one answer resumes once',
		examples: [APPROVAL],
		available: (ctx) => {
			const picker = ctx.nodeTypes.get(PACKAGE_TYPE('pachca'))?.properties?.filter((p) => p.name === 'operation') ?? [];
			return picker.some((p) => p.options?.some((o) => o.value === 'sendAndWait'));
		},
		run: runApprovalScenario,
	},
	{
		id: 'security',
		title: 'At the real URL: forged signature → 401 and no run; accepted → 2xx and one run; duplicate → no second run',
		examples: [REGISTRATION],
		available: always,
		async run(ctx) {
			const { stack, n8n } = ctx;
			const emu = stack.emulator;
			const id = await activateTrigger(ctx, REGISTRATION, 'Pachca Trigger', emu.botId);
			const url = stack.webhookUrl(REGISTRATION, 'Pachca Trigger');
			const deliver = async (payload: Record<string, unknown>, signature?: string) => {
				const raw = JSON.stringify(payload);
				const res = await fetch(url, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', 'Pachca-Signature': signature ?? signBody(raw, emu.signingSecret) },
					body: raw,
				});
				return { status: res.status, body: await res.text() };
			};
			const payload = buildWebhookPayload('message.new', { id: 424242, chat_id: DEMO_CHATS.general, entity_id: DEMO_CHATS.general, content: 'e2e' });
			const forged = await deliver(payload, 'f'.repeat(64));
			checkEqual('a forged signature is answered 401', forged.status, 401);
			note(`forged: ${forged.status} ${forged.body}`);
			const accepted = await deliver(payload);
			check('the genuine delivery is answered 2xx', accepted.status >= 200 && accepted.status < 300, accepted);
			note(`accepted delivery: HTTP ${accepted.status}, body ${JSON.stringify(accepted.body)}`);
			const retry = await deliver({ ...payload, webhook_timestamp: Number(payload.webhook_timestamp) + 1 });
			checkEqual('the redelivery (new timestamp, new signature) is answered 200', retry.status, 200);
			note(`duplicate: ${retry.status} ${retry.body}`);
			await n8n.waitForExecutions(id, 1);
			await sleep(2000);
			const runs = await n8n.executions(id);
			checkEqual('exactly one execution for forged + genuine + duplicate', runs.length, 1);
			checkEqual('it carries the delivered message', nodeOutput(runs[0], 'Pachca Trigger')[0]?.id, 424242);
			await deactivateTrigger(ctx, id, emu.botId);
		},
	},
	...deliveryScenarios,
	...inChatScenarios,
	...formScenarios,
	...agentScenarios,
];
