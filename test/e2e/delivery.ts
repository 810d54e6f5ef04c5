/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling that reads the files n8n wrote */
// The e2e scenarios of issue 22's examples (10 onboarding, 11 unread alert, 12 incoming files), each
// asserting on what the bot did in the emulator and on disk, not on timings.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { messageWithFiles } from '../emulator/routes/downloads';
import { readersOf } from '../emulator/routes/readers';
import { ALERTS_BOT_ID, DEMO_CHATS } from '../emulator/ui/seed';
import { check, checkEqual } from './lib/check';
import { nodeOutput, type WorkflowJson } from './lib/n8n';
import { sleep } from './lib/processes';
import { hasResource, type Scenario, type ScenarioContext } from './lib/scenario';
import { activateTrigger, deactivateTrigger, messagesIn } from './lib/triggers';

const ONBOARDING = '10-onboarding-chat.json';
const UNREAD = '11-unread-alert-reminder.json';
const FILES = '12-save-incoming-files.json';

const PAVEL = 14;
const OLGA = 13;

const nodeNamed = (wf: WorkflowJson, name: string) => wf.nodes.find((n) => n.name === name)!;

/** A message by Olga in #General with two files the storage holds (as if she had uploaded them). */
function olgaSendsFiles(ctx: ScenarioContext, files: Array<{ name: string; bytes: Buffer; contentType: string }>) {
	const { emulator, demo } = ctx.stack;
	const token = demo.people.find((p) => p.id === OLGA)!.token;
	const tokenId = emulator.state.tokens.get(token)!.id;
	return messageWithFiles(emulator.state, { chatId: DEMO_CHATS.general, authorId: OLGA, tokenId }, files, 'Here are the files');
}

async function saveIncomingFiles(ctx: ScenarioContext): Promise<void> {
	const { stack, n8n } = ctx;
	const emu = stack.emulator;
	// n8n 2.x lets the Read/Write Files node write only under ~/.n8n-files (N8N_RESTRICT_FILE_ACCESS_TO),
	// so the example's /tmp folder is refused: the path points there instead. And the node creates no
	// folder ("The file or directory does not exist"): the inbox is made first, as a user would.
	const inbox = path.join(n8n.userFolder, '.n8n-files', 'pachca-inbox');
	fs.mkdirSync(inbox, { recursive: true });
	const files = [
		{ name: 'Отчёт за май.csv', bytes: Buffer.from('id;name\n1;Ольга\n'), contentType: 'text/csv' },
		{ name: 'scan.bin', bytes: randomBytes(300_000), contentType: 'application/octet-stream' },
	];
	const id = await activateTrigger(ctx, FILES, 'On New Message', emu.botId, (wf) => {
		nodeNamed(wf, 'Write to Disk').parameters.fileName = `=${inbox}/{{ $json.message_id }}-{{ $binary.data.fileName }}`;
	});
	emu.clearRequests();
	const message = olgaSendsFiles(ctx, files);
	const event = { id: message.id, chat_id: DEMO_CHATS.general, entity_id: DEMO_CHATS.general, content: message.content, user_id: OLGA };
	checkEqual('the signed New Message delivery was answered 200', (await emu.emitWebhook('message.new', event)).status, 200);
	const [run] = await n8n.waitForExecutions(id, 1);
	check('the execution succeeded', run.status === 'success', run.data?.resultData?.error?.message ?? run.status);
	for (const file of files) {
		const written = path.join(inbox, `${message.id}-${file.name}`);
		check(`${path.basename(written)} was written with the bytes the storage holds`, fs.existsSync(written) && fs.readFileSync(written).equals(file.bytes));
	}
	const storage = emu.requests.filter((r) => r.path.startsWith('/storage/'));
	check('each file was fetched once from its signed link, without the API token', storage.length === 2 && storage.every((r) => !r.headers.authorization), storage.length);
	await n8n.deactivate(id);

	// The same, with the trigger's own Download Files: Pachca is answered first, the run gets the files.
	const direct = await activateTrigger(ctx, FILES, 'On New Message', emu.botId, (wf) => {
		nodeNamed(wf, 'On New Message').parameters.options = { ignoreUserIds: String(emu.botId), downloadFiles: true };
		const write = nodeNamed(wf, 'Write to Disk');
		write.parameters.fileName = `=${inbox}/trigger-{{ $json.id }}-{{ $binary.file_1.fileName }}`;
		write.parameters.dataPropertyName = 'file_1';
		wf.nodes = wf.nodes.filter((n) => n.name !== 'Download Files');
		wf.connections = { 'On New Message': { main: [[{ node: 'Write to Disk', type: 'main', index: 0 }]] } };
	});
	const second = olgaSendsFiles(ctx, files);
	checkEqual(
		'with Download Files on the trigger, the delivery was answered 200',
		(await emu.emitWebhook('message.new', { ...event, id: second.id })).status,
		200,
	);
	const [triggered] = await n8n.waitForExecutions(direct, 1);
	check('that execution succeeded', triggered.status === 'success', triggered.data?.resultData?.error?.message ?? triggered.status);
	const written = path.join(inbox, `trigger-${second.id}-scan.bin`);
	check('the trigger\'s file_1 reached the disk byte for byte', fs.existsSync(written) && fs.readFileSync(written).equals(files[1].bytes));
	checkEqual('the trigger item carries the fetched message', (nodeOutput(triggered, 'On New Message')[0]?.message as { id?: number })?.id, second.id);
	await deactivateTrigger(ctx, direct, emu.botId);
}

async function onboardNewEmployee(ctx: ScenarioContext): Promise<void> {
	const { stack, n8n } = ctx;
	const emu = stack.emulator;
	const team = emu.state.chats.get(DEMO_CHATS.team)!;
	check('Pavel is not in #Team yet', !team.member_ids.includes(PAVEL), team.member_ids);
	const id = await activateTrigger(ctx, ONBOARDING, 'On New Employee', emu.botId);
	emu.clearRequests();
	const delivery = await emu.emitWebhook('company_member.confirm', { user_ids: [PAVEL] });
	checkEqual('the signed Company Member Confirmed delivery was answered 200', delivery.status, 200);
	const [run] = await n8n.waitForExecutions(id, 1);
	checkEqual('the execution succeeded', run.status, 'success');
	const add = emu.requests.find((r) => r.method === 'POST' && r.path === `/chats/${DEMO_CHATS.team}/members`);
	checkEqual('the bot added him with POST /chats/{id}/members', (add?.body as { member_ids?: number[] })?.member_ids, [PAVEL]);
	check('#Team has Pavel as a member now', team.member_ids.includes(PAVEL), team.member_ids);
	const welcome = messagesIn(ctx, DEMO_CHATS.team).at(-1);
	checkEqual('#Team got the welcome', welcome?.content, `Welcome! new colleague #${PAVEL}: this chat has everything you need for your first week.`);
	checkEqual('from the bot', welcome?.user_id, emu.botId);
	// The add itself is a chat_member.add event for the bot in #Team: delivered, ignored by this trigger.
	await emu.flushWebhooks();
	const memberEvent = emu.deliveries.find((d) => d.kind === 'chat_member.add' && JSON.parse(d.rawBody).chat_id === DEMO_CHATS.team);
	checkEqual('the emulator sent the bot chat_member.add for #Team, answered 200', memberEvent?.status, 200);
	checkEqual('and it started no second run', (await n8n.executions(id)).length, 1);
	await deactivateTrigger(ctx, id, emu.botId);
	team.member_ids = team.member_ids.filter((member) => member !== PAVEL);
}

async function remindUnreadAlert(ctx: ScenarioContext): Promise<void> {
	const { stack, n8n } = ctx;
	const emu = stack.emulator;
	// The alert about to be posted: Olga has read it, Pavel has not (the emulator has no reading clients).
	const alertId = emu.state.lastId('message') + 1;
	readersOf(emu.state, alertId).add(OLGA);
	const id = await stack.importExample(UNREAD, (wf) => {
		nodeNamed(wf, 'Wait 15 Minutes').parameters = { amount: 1, unit: 'seconds' };
	});
	await n8n.activate(id);
	await sleep(1000);
	emu.clearRequests();
	const res = await fetch(stack.webhookUrl(UNREAD, 'Incident Alert'), {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ title: 'API latency above 2 s', onCall: ['olga', 'pavel'] }),
	});
	checkEqual('the monitoring POST to the n8n Webhook got 200', res.status, 200);
	const [run] = await n8n.waitForExecutions(id, 1, 30_000);
	checkEqual('the execution succeeded', run.status, 'success');
	const alert = emu.state.messages.get(alertId);
	checkEqual('#Alerts got the alert from the alerts bot', [alert?.chat_id, alert?.user_id, alert?.content], [
		DEMO_CHATS.alerts, ALERTS_BOT_ID, '**Incident:** API latency above 2 s',
	]);
	const readers = emu.requests.filter((r) => r.method === 'GET' && r.path === `/messages/${alertId}/read_member_ids`);
	check('after the wait the bot asked who read it', readers.length >= 1, readers.length);
	const thread = [...emu.state.threads.values()].find((t) => t.message_id === alertId);
	checkEqual('only Pavel, who has not read it, is mentioned in the alert\'s thread', thread ? messagesIn(ctx, thread.chat_id).map((m) => m.content) : [], [
		'@pavel: this alert has been unread for 15 minutes, please take a look.',
	]);
	await n8n.deactivate(id);
}

export const deliveryScenarios: Scenario[] = [
	{
		id: '10',
		title: 'New employee (company_member.confirm) → added to #Team → welcomed there',
		examples: [ONBOARDING],
		available: (ctx) => hasResource(ctx, 'chatMember'),
		run: onboardNewEmployee,
	},
	{
		id: '11',
		title: 'Incident alert → wait → Get Readers → only who has not read it is mentioned in the thread',
		examples: [UNREAD],
		available: (ctx) => hasResource(ctx, 'message'),
		run: remindUnreadAlert,
	},
	{
		id: '12',
		title: 'Files sent to the bot → downloaded → written to disk (File → Download, then the trigger\'s Download Files)',
		examples: [FILES],
		available: (ctx) => hasResource(ctx, 'file'),
		run: saveIncomingFiles,
	},
];
