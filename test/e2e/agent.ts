// The e2e scenario of issue 23's third part (example 25): n8n's AI Agent calls a Pachca tool that is
// gated by the "Human review" tool n8n derives from our node (pachcaHitlTool). The agent's request
// reaches the chat as the question, a click in the chat (through the bot's Pachca Trigger) resumes the
// execution, and only then does the gated tool post. The chat model is the stand's scripted one.
import { DEMO_CHATS } from '../emulator/ui/seed';
import { check, checkEqual, note } from './lib/check';
import { nodeOutput } from './lib/n8n';
import { sleep, waitFor } from './lib/processes';
import { hasResource, PACKAGE_TYPE, type Scenario, type ScenarioContext } from './lib/scenario';
import { activateTriggerCopy, messagesIn, postWhenRegistered } from './lib/triggers';

export const AGENT = '25-agent-asks-before-posting.json';
const TRIGGER_WEBHOOK_ID = '0c4e2a10-0025-4b7c-9a51-000000000025';
const OLGA = 13;

async function agentAsksInChat(ctx: ScenarioContext): Promise<void> {
	const { stack, n8n } = ctx;
	const emu = stack.emulator;
	check('n8n derived the Human review tool from our node (pachcaHitlTool)', ctx.nodeTypes.has(PACKAGE_TYPE('pachcaHitlTool')), [...ctx.nodeTypes.keys()].filter((t) => t.includes('pachca')));
	const triggerId = await activateTriggerCopy(ctx, TRIGGER_WEBHOOK_ID);
	const id = await stack.importExample(AGENT);
	await n8n.activate(id);
	const before = stack.model.requests.length;
	// Earlier scenarios left the bot's questions with buttons in General: only a new one counts.
	const earlier = new Set(messagesIn(ctx, DEMO_CHATS.general).map((m) => m.id));
	const request = 'The office is closed on Friday for the move.';
	const res = await postWhenRegistered(stack.webhookUrl(AGENT, 'Agent Request'), { request });
	checkEqual('the request to the agent got 200', res.status, 200);

	const isQuestion = (m: { id: number; user_id: number; buttons?: unknown[] | null }) =>
		!earlier.has(m.id) && m.user_id === emu.botId && (m.buttons?.length ?? 0) > 0;
	const question = await waitFor('the Human review question in General', () => messagesIn(ctx, DEMO_CHATS.general).find(isQuestion), 60_000);
	check("the question carries the agent's announcement (n8n's Message parameter, $tool.parameters)", question.content.includes(request), question.content);
	const offered = stack.model.requests[before]?.tools?.map((t) => t.function.name) ?? [];
	note(`the model was offered: ${offered.join(', ')}; question: ${JSON.stringify(question.content)}`);
	await sleep(500);
	const waiting = await n8n.executions(id);
	checkEqual('the execution waits for the answer', waiting.map((e) => e.status), ['waiting']);
	check('nothing was posted before the approval', !messagesIn(ctx, DEMO_CHATS.general).some((m) => m.content === request));

	const approve = (emu.state.messages.get(question.id)!.buttons ?? []).flat().find((b) => b.text === 'Post it')?.data;
	check('the question has a "Post it" data button', typeof approve === 'string', question.buttons);
	const click = await emu.emitWebhook('button.click', { message_id: question.id, chat_id: DEMO_CHATS.general, user_id: OLGA, data: approve }, { botId: emu.botId });
	checkEqual("Olga's click was answered 200", click.status, 200);

	const [run] = await n8n.waitForExecutions(id, 1, 60_000);
	checkEqual('the approval resumed the execution, which succeeded', run.status, 'success');
	const posted = messagesIn(ctx, DEMO_CHATS.general).filter((m) => m.user_id === emu.botId && m.content === request);
	checkEqual('after the approval the gated tool posted the announcement once', posted.length, 1);
	const decision = nodeOutput(run, 'Ask in Pachca', 'ai_tool')[0]?.data as { approved?: boolean; decidedBy?: { userId?: number } } | undefined;
	checkEqual('the Human review tool returned the decision with who approved', [decision?.approved, decision?.decidedBy?.userId], [true, OLGA]);
	const [answer] = nodeOutput(run, 'AI Agent');
	check("the agent's answer comes from the tool's result", String(answer?.output ?? '').startsWith('Done.'), answer);
	const final = emu.state.messages.get(question.id)!;
	check('the question lost its buttons and names who approved', (final.buttons ?? []).length === 0 && final.content.includes('Approved by'), final.content);
	note(`model calls in this run: ${stack.model.requests.length - before}`);
	await n8n.deactivate(id);
	await n8n.deactivate(triggerId);
}

export const agentScenarios: Scenario[] = [
	{
		id: '25',
		title: 'An AI Agent asks in Pachca before posting: the Human review tool (pachcaHitlTool), answered in the chat',
		examples: [AGENT, '04-command-reply-in-thread.json'],
		available: (ctx) => hasResource(ctx, 'message'),
		run: agentAsksInChat,
	},
];
