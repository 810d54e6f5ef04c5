// Activating and deactivating examples whose Pachca Trigger registers itself, and reading a chat, for
// the scenarios of scenarios.ts and the files beside it.
import type { WorkflowJson } from './n8n';
import { sleep, waitFor } from './processes';
import type { ScenarioContext } from './scenario';

/** Imports and activates an example whose Pachca Trigger registers itself; waits for the bot's URL. */
export async function activateTrigger(
	ctx: ScenarioContext,
	file: string,
	triggerName: string,
	botId: number,
	patch?: (wf: WorkflowJson) => void,
): Promise<string> {
	const { stack, n8n } = ctx;
	const id = await stack.importExample(file, patch);
	await n8n.activate(id);
	const url = stack.webhookUrl(file, triggerName, patch);
	// n8n activates webhooks in the background and answers 404 for a moment right after.
	await waitFor(`bot ${botId}'s webhook URL to become ${url}`, () =>
		stack.emulator.state.bots.get(botId)?.webhook.outgoing_url === url ? true : undefined,
	);
	await sleep(1000);
	return id;
}

/**
 * A copy of example 04 (the bot's Pachca Trigger, which also forwards in-chat answers to waiting
 * executions) on a webhook path of its own, active and registered as the bot's URL. Its own path: when
 * deactivated, the bot's URL is left on it (a bot token cannot clear it), so the next step that
 * activates a trigger sees the URL move and waits for its registration.
 */
export async function activateTriggerCopy(ctx: ScenarioContext, webhookId: string): Promise<string> {
	return await activateTrigger(ctx, '04-command-reply-in-thread.json', 'On /task', ctx.stack.emulator.botId, (wf) => {
		wf.nodes.find((n) => n.name === 'On /task')!.webhookId = webhookId;
	});
}

/**
 * Deactivates a workflow whose trigger registered itself. With a bot token the trigger cannot read the
 * bot's slot, so it leaves the URL in place (it never clears a URL it cannot prove is its own): then
 * the URL stays, pointing at an inactive workflow, until the next registration replaces it.
 */
export async function deactivateTrigger(ctx: ScenarioContext, id: string, botId: number, clears = false): Promise<void> {
	await ctx.n8n.deactivate(id);
	if (!clears) return;
	await waitFor(`bot ${botId}'s webhook URL to be cleared`, () =>
		ctx.stack.emulator.state.bots.get(botId)?.webhook.outgoing_url === null ? true : undefined,
	);
}

export const messagesIn = (ctx: ScenarioContext, chatId: number) =>
	[...ctx.stack.emulator.state.messages.values()].filter((m) => m.chat_id === chatId && !m.deleted_at);

/**
 * POSTs JSON to an n8n Webhook URL, again while n8n answers 404: it registers a newly activated
 * workflow's webhooks in the background, which takes longer on a busy machine than any fixed pause.
 */
export async function postWhenRegistered(url: string, body: unknown, timeoutMs = 30_000): Promise<Response> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
		if (res.status !== 404 || Date.now() > until) return res;
		await sleep(250);
	}
}
