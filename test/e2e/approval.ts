// Scenario 9 (examples/09-approval-before-deploy.json): Send and Wait in a real n8n. What only a real
// n8n proves: it checks the resume URL's signature before our node runs, answers old links itself,
// and resumes a waiting execution once.
import type { Message } from '../emulator';
import { DEMO_CHATS } from '../emulator/ui/seed';
import { check, checkEqual, note } from './lib/check';
import { nodeOutput, type Execution, type WorkflowJson } from './lib/n8n';
import { sleep, waitFor } from './lib/processes';
import type { ScenarioContext } from './lib/scenario';
import { postWhenRegistered } from './lib/triggers';

export const APPROVAL = '09-approval-before-deploy.json';

const REQUEST = { version: 'v2.4', service: 'billing', requestedBy: 'Olga' };
const QUESTION = 'Deploy **v2.4** of billing to production? Requested by Olga.';

/** Opens a link as a browser would (GET, redirects not followed): status, <title> and body. */
async function openLink(url: string) {
	const res = await fetch(url, { redirect: 'manual' });
	const body = await res.text();
	return { status: res.status, title: /<title>([^<]*)<\/title>/.exec(body)?.[1]?.trim() ?? '', body };
}

/** n8n's executions of a workflow in one status, from its public API. */
async function executionsIn(ctx: ScenarioContext, workflowId: string, status: string): Promise<Execution[]> {
	return (await ctx.n8n.api<{ data: Execution[] }>('GET', `/executions?workflowId=${workflowId}&status=${status}`)).data;
}

const statuses = async (ctx: ScenarioContext, workflowId: string) => (await ctx.n8n.executions(workflowId)).map((e) => e.status);
const requestsSeen = (ctx: ScenarioContext) => ctx.stack.emulator.requests.map((r) => `${r.method} ${r.path}`);

interface Asked {
	workflowId: string;
	execution: Execution;
	question: Message;
}

/**
 * Imports the example (patched to its own webhook path), activates it, POSTs a deploy request and
 * waits until n8n lists the execution as waiting; returns it and the bot's question in #Team.
 */
async function ask(ctx: ScenarioContext, path: string, patch?: (ask: WorkflowJson['nodes'][number], wf: WorkflowJson) => void): Promise<Asked> {
	const { stack, n8n } = ctx;
	const workflowId = await stack.importExample(APPROVAL, (wf) => {
		(wf.nodes.find((n) => n.name === 'Deploy Request')!.parameters as { path: string }).path = path;
		patch?.(wf.nodes.find((n) => n.name === 'Ask Team')!, wf);
	});
	await n8n.activate(workflowId);
	const started = Date.now();
	const res = await postWhenRegistered(`${n8n.url}/webhook/${path}`, REQUEST);
	checkEqual(`the deploy request to the n8n Webhook /webhook/${path} got 200`, res.status, 200);
	const [execution] = await waitFor('the execution to wait', async () => {
		const list = await executionsIn(ctx, workflowId, 'waiting');
		return list.length > 0 ? list : undefined;
	});
	note(`POST → execution ${execution.id} waiting: ${Date.now() - started} ms`);
	const emu = stack.emulator;
	const question = [...emu.state.messages.values()].filter((m) => m.chat_id === DEMO_CHATS.team && m.user_id === emu.botId).at(-1);
	checkEqual('#Team got the question from the bot', question?.content, QUESTION);
	return { workflowId, execution, question: question! };
}

/** The example as shipped: signed links, forged ones refused, Deploy resumes once, old links get n8n's page. */
async function approval(ctx: ScenarioContext): Promise<void> {
	const { stack, n8n } = ctx;
	const emu = stack.emulator;
	const { workflowId: id, execution, question } = await ask(ctx, 'deploy-request');
	checkEqual('one execution, listed by n8n with status=waiting', await statuses(ctx, id), ['waiting']);
	const stored = await n8n.api<{ nodes: Array<{ name: string; id: string }> }>('GET', `/workflows/${id}`);
	const nodeId = stored.nodes.find((n) => n.name === 'Ask Team')?.id;
	const link = (approved: boolean) =>
		new RegExp(`^${n8n.url}/webhook-waiting/${execution.id}/${nodeId}\\?approved=${approved}&messageId=${question.id}&question=[0-9a-f]{64}&signature=[0-9a-f]{64}$`);
	const [[deploy, cancel] = []] = question.buttons ?? [];
	check(
		'with two URL buttons, Deploy and Cancel, each a signed resume URL of this execution and node naming the message and carrying the question token',
		question.buttons?.length === 1 && question.buttons[0].length === 2 &&
			deploy?.text === 'Deploy' && link(true).test(String(deploy.url)) &&
			cancel?.text === 'Cancel' && link(false).test(String(cancel.url)),
		question.buttons,
	);
	const approveUrl = String(deploy.url);
	const before = structuredClone(emu.state.messages.get(question.id));
	emu.clearRequests();

	const forged = (change: (url: URL) => void) => {
		const url = new URL(approveUrl);
		change(url);
		return url.toString();
	};
	for (const [what, url] of [
		['without signature', forged((u) => u.searchParams.delete('signature'))],
		['with messageId changed', forged((u) => u.searchParams.set('messageId', String(question.id - 1)))],
		['with approved changed to false', forged((u) => u.searchParams.set('approved', 'false'))],
		['with the question token of Cancel', forged((u) => u.searchParams.set('question', new URL(String(cancel.url)).searchParams.get('question') ?? ''))],
	] as const) {
		const page = await openLink(url);
		note(`forged link ${what}: HTTP ${page.status}, page "${page.title}"`);
		checkEqual(`the Deploy link ${what} is refused by n8n with 401`, page.status, 401);
		checkEqual('the execution is still waiting', await statuses(ctx, id), ['waiting']);
	}
	checkEqual('the node never ran for them: no request reached Pachca', requestsSeen(ctx), []);
	checkEqual('the message is unchanged', emu.state.messages.get(question.id), before);

	const clicked = Date.now();
	const answered = await openLink(approveUrl);
	check('the Deploy link answers 200 with "Your answer was recorded"', answered.status === 200 && answered.body.includes('Your answer was recorded'), answered.status);
	const [run] = await n8n.waitForExecutions(id, 1);
	note(`click → execution success: ${Date.now() - clicked} ms`);
	checkEqual('the execution finished with status success', run.status, 'success');
	checkEqual('"Ask Team" output { data: { approved: true } }', nodeOutput(run, 'Ask Team'), [{ data: { approved: true } }]);
	checkEqual('the node after it ran on the answer', nodeOutput(run, 'Decision'), [{ decision: 'deploy', version: 'v2.4' }]);
	const closed = emu.state.messages.get(question.id);
	checkEqual('the question has no buttons left', closed?.buttons ?? [], []);
	checkEqual('and ends with the answer line', closed?.content, `${QUESTION}\n\n**Answer:** ✅ Deploy`);

	emu.clearRequests();
	const after = structuredClone(closed);
	for (const [what, url] of [['the same Deploy link again', approveUrl], ['the Cancel link', String(cancel.url)]] as const) {
		const again = await openLink(url);
		note(`${what} after the end: HTTP ${again.status}, page "${again.title}"`);
		check(`${what} gets n8n's own "No action required" page`, again.status === 200 && again.title === 'No action required', again);
	}
	await sleep(1000);
	checkEqual('still one execution, success', await statuses(ctx, id), ['success']);
	checkEqual('no request reached Pachca', requestsSeen(ctx), []);
	checkEqual('the message is unchanged', emu.state.messages.get(question.id), after);
	await n8n.deactivate(id);
}

/** Response Type Free Text: the form n8n serves through our node posts back to the signed link. */
async function freeText(ctx: ScenarioContext): Promise<void> {
	const { workflowId, question } = await ask(ctx, 'deploy-request-text', (node, wf) => {
		node.parameters.responseType = 'freeText';
		node.parameters.options = { responseFormTitle: 'Deploy v2.4?' };
		wf.nodes = wf.nodes.filter((n) => n.name !== 'Decision');
		wf.connections = { 'Deploy Request': wf.connections['Deploy Request'] };
	});
	const respondUrl = String(question.buttons?.[0]?.[0]?.url);
	const form = await openLink(respondUrl);
	check('the Respond link opens the answer form', form.status === 200 && form.body.includes('<form method="post">') && form.title === 'Deploy v2.4?', form.status);
	const posted = await fetch(respondUrl, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ response: 'Go ahead, after 18:00' }).toString(),
	});
	const body = await posted.text();
	check('posting the form to the signed link records the answer', posted.status === 200 && body.includes('Your answer was recorded'), { status: posted.status, body });
	const [run] = await ctx.n8n.waitForExecutions(workflowId, 1);
	checkEqual('the execution succeeded with { data: { text } }', [run.status, nodeOutput(run, 'Ask Team')], ['success', [{ data: { text: 'Go ahead, after 18:00' } }]]);
	checkEqual('the question says it was answered through the form', ctx.stack.emulator.state.messages.get(question.id)?.content, `${QUESTION}\n\n**Answer:** 💬 sent through the form`);
	await ctx.n8n.deactivate(workflowId);
}

/** Deploy and Cancel opened at the same moment: n8n resumes once; the message must show that answer. */
async function race(ctx: ScenarioContext): Promise<void> {
	const { workflowId, question } = await ask(ctx, 'deploy-request-race');
	const [[deploy, cancel]] = question.buttons!;
	const both = await Promise.all([openLink(String(deploy.url)), openLink(String(cancel.url))]);
	note(`Deploy and Cancel at once: ${both.map((p) => `HTTP ${p.status} "${p.title}"`).join(' and ')}`);
	checkEqual('exactly one of the two pages says the answer was recorded', both.filter((p) => p.body.includes('Your answer was recorded')).length, 1);
	const [run] = await ctx.n8n.waitForExecutions(workflowId, 1);
	const [{ data }] = nodeOutput(run, 'Ask Team') as Array<{ data: { approved: boolean } }>;
	checkEqual(
		`the message shows the answer the execution went on with (approved: ${data.approved})`,
		ctx.stack.emulator.state.messages.get(question.id)?.content,
		`${QUESTION}\n\n**Answer:** ${data.approved ? '✅ Deploy' : '❌ Cancel'}`,
	);
	await ctx.n8n.deactivate(workflowId);
}

export async function runApprovalScenario(ctx: ScenarioContext): Promise<void> {
	await approval(ctx);
	await freeText(ctx);
	await race(ctx);
}
