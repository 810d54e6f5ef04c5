// The e2e scenario of issue 23's in-chat approvals (example 24): a deploy needs two of three release
// managers, who answer with data buttons in the chat; the clicks reach the waiting execution through
// the bot's active Pachca Trigger (example 04). Asserts on the emulator's state and n8n's executions.
import { DEMO_CHATS } from '../emulator/ui/seed';
import { check, checkEqual, note } from './lib/check';
import { nodeOutput } from './lib/n8n';
import { sleep, waitFor } from './lib/processes';
import { hasResource, type Scenario, type ScenarioContext } from './lib/scenario';
import { activateTriggerCopy, postWhenRegistered } from './lib/triggers';

const TRIGGER = '04-command-reply-in-thread.json';
const TWO_APPROVALS = '24-deploy-two-approvals.json';
const STRANGER = 77;
const TRIGGER_WEBHOOK_ID = '0c4e2a10-0024-4b7c-9a51-000000000024';

async function twoApprovalsInChat(ctx: ScenarioContext): Promise<void> {
	const { stack, n8n } = ctx;
	const emu = stack.emulator;
	const triggerId = await activateTriggerCopy(ctx, TRIGGER_WEBHOOK_ID);
	const id = await stack.importExample(TWO_APPROVALS);
	await n8n.activate(id);
	const res = await postWhenRegistered(stack.webhookUrl(TWO_APPROVALS, 'Deploy Request'), { version: 'v2.4', service: 'billing', requestedBy: 'Olga' });
	checkEqual('the deploy request got 200', res.status, 200);
	const question = await waitFor('the question with its buttons', () =>
		[...emu.state.messages.values()].find((m) => m.chat_id === DEMO_CHATS.general && m.user_id === emu.botId && (m.buttons?.length ?? 0) > 0),
	);
	const buttonData = (label: string) => (emu.state.messages.get(question.id)!.buttons ?? []).flat().find((b) => b.text === label)?.data;
	const click = async (userId: number, data: unknown) => {
		const started = Date.now();
		const result = await emu.emitWebhook('button.click', { message_id: question.id, chat_id: DEMO_CHATS.general, user_id: userId, data }, { botId: emu.botId });
		return { ...result, ms: Date.now() - started };
	};
	const approve = buttonData('Approve deploy');
	check('the question carries data buttons (no browser link)', typeof approve === 'string', question.buttons);

	const first = await click(12, approve);
	checkEqual('the first approver’s click was answered 200', first.status, 200);
	note(`click → Pachca answered in ${first.ms} ms`);
	await waitFor('the first approval shown in the message', () => (emu.state.messages.get(question.id)!.content.includes('Approved by') ? true : undefined));
	checkEqual('after one of two approvals the execution still waits', (await n8n.executions(id)).filter((e) => e.status === 'success').length, 0);

	emu.state.addUser({ id: STRANGER, first_name: 'Eve', last_name: 'Stranger', nickname: 'eve' });
	await click(STRANGER, buttonData('Approve deploy'));
	const thread = await waitFor('the reply to a user who may not approve', () => {
		const t = [...emu.state.threads.values()].find((x) => x.message_id === question.id);
		return t && [...emu.state.messages.values()].some((m) => m.chat_id === t.chat_id) ? t : undefined;
	});
	check('a non-approver is told in the thread', [...emu.state.messages.values()].some((m) => m.chat_id === thread.chat_id && m.content.includes('@eve')));

	const forged = String(approve).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
	await click(13, forged);
	await sleep(500);
	checkEqual('a click with forged button data resumes nothing', (await n8n.executions(id)).filter((e) => e.status === 'success').length, 0);

	await click(13, buttonData('Approve deploy'));
	const [run] = await n8n.waitForExecutions(id, 1, 30_000);
	checkEqual('the second approval resumed the execution, which succeeded', run.status, 'success');
	const [answer] = nodeOutput(run, 'Ask Release Managers');
	const data = answer?.data as { approved?: boolean; decisions?: Array<{ userId: number }> } | undefined;
	checkEqual('the output says approved, with both decisions', [data?.approved, data?.decisions?.map((d) => d.userId)], [true, [12, 13]]);
	const final = emu.state.messages.get(question.id)!;
	check('the question lost its buttons and names both approvers', (final.buttons ?? []).length === 0 && (final.content.match(/Approved by/g) ?? []).length === 2, final.content);
	const announced = nodeOutput(run, 'Announce Deploy').map((item) => String(item.content));
	check('the deploy was announced with who approved', announced.length === 1, announced);

	const late = await click(14, buttonData('Reject') ?? approve);
	checkEqual('a click after the decision is answered 200 (Pachca must not retry it)', late.status, 200);
	await sleep(500);
	checkEqual('… and starts or resumes nothing', (await n8n.executions(id)).length, 1);
	checkEqual("answer clicks never ran the trigger's own workflow (04)", (await n8n.executions(triggerId)).length, 0);
	await n8n.deactivate(id);
	await n8n.deactivate(triggerId);
}

export const inChatScenarios: Scenario[] = [
	{
		id: '24',
		title: 'Deploy needs 2 of 3 release managers: data buttons in the chat, a stranger told, a forged click refused',
		examples: [TWO_APPROVALS, TRIGGER],
		available: (ctx) => hasResource(ctx, 'message'),
		run: twoApprovalsInChat,
	},
];
