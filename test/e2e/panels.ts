/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling that drives a browser, not node code */
// Node panels in Chromium that no example shows as they start: Send and Wait's default button labels
// (shown as values), and the output-schema preview n8n builds from our `__schema__` files before a
// Pachca node has run (in the panel of the Pachca node after it).
import path from 'node:path';
import { check, checkEqual, note } from './lib/check';
import type { WorkflowJson } from './lib/n8n';
import { PACKAGE_NAME } from './lib/paths';
import { launch, signIn, type Page } from './lib/playwright';
import { CREDENTIALS, type Stack } from './lib/stack';
import { DEMO_CHATS } from '../emulator/ui/seed';

const PACHCA = `${PACKAGE_NAME}.pachca`;

/** Manual Trigger → the given Pachca nodes in a row, all on the main bot's credential. */
function workflow(stack: Stack, name: string, nodes: Array<{ name: string; parameters: Record<string, unknown> }>): WorkflowJson {
	const credentials = { pachcaApi: { id: stack.credentialIds.get(CREDENTIALS.main)!, name: CREDENTIALS.main } };
	const all = [
		{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		...nodes.map((n, i) => ({ ...n, type: PACHCA, typeVersion: 1, position: [260 * (i + 1), 0], credentials })),
	];
	const connections = Object.fromEntries(
		all.slice(0, -1).map((n, i) => [n.name, { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] }]),
	);
	return { name, nodes: all, connections } as unknown as WorkflowJson;
}

const chatId = { __rl: true, mode: 'id', value: String(DEMO_CHATS.team) };

async function openWorkflow(page: Page, stack: Stack, wf: WorkflowJson): Promise<void> {
	await page.goto(`${stack.n8n.url}/workflow/${await stack.n8n.createWorkflow(wf)}`);
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${wf.nodes[1].name}"]`).waitFor({ timeout: 30_000 });
}

/** Opens a node's panel and returns the values of its parameter inputs (after the panel settles). */
async function panelValues(page: Page, node: string, shot: string): Promise<string[]> {
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${node}"]`).dblclick();
	const parameters = page.getByTestId('node-parameters');
	await parameters.waitFor({ state: 'visible', timeout: 15_000 });
	await page.waitForTimeout(800);
	const values = await parameters.locator('input, textarea').evaluateAll((inputs) => inputs.map((i) => i.value));
	await page.screenshot({ path: shot });
	return values;
}

async function closePanel(page: Page): Promise<void> {
	await page.getByTestId('ndv-close-button').click();
	await page.getByTestId('ndv').waitFor({ state: 'hidden', timeout: 10_000 });
}

export async function checkPanels(stack: Stack, out: string): Promise<void> {
	const { browser, context } = await launch();
	const schemaAnswers: string[] = [];
	try {
		const page = await context.newPage();
		page.on('response', (r) => r.url().includes('/schemas/') && schemaAnswers.push(`${r.status()} ${new URL(r.url()).pathname}`));
		await signIn(page, stack.n8n.url);

		// Saved as n8n saves a new node: the labels left at their defaults are not in the workflow.
		await openWorkflow(page, stack, workflow(stack, 'Panel: Send and Wait labels', [
			{ name: 'Ask (free text)', parameters: { resource: 'message', operation: 'sendAndWait', chatId, content: 'Why?', responseType: 'freeText' } },
			{ name: 'Ask (approval)', parameters: { resource: 'message', operation: 'sendAndWait', chatId, content: 'Go?', approvalOptions: { values: { approvalType: 'double' } } } },
		]));
		const freeText = await panelValues(page, 'Ask (free text)', path.join(out, 'panel-send-and-wait-free-text.png'));
		await closePanel(page);
		checkEqual('Send and Wait (Free Text) shows Respond and Submit as the label values', ['Respond', 'Submit'].filter((l) => freeText.includes(l)), ['Respond', 'Submit']);
		const approval = await panelValues(page, 'Ask (approval)', path.join(out, 'panel-send-and-wait-approval.png'));
		await closePanel(page);
		checkEqual('Send and Wait (Approve and Disapprove) shows Approve and Disapprove as the label values', ['Approve', 'Disapprove'].filter((l) => approval.includes(l)), ['Approve', 'Disapprove']);

		// The node after an unexecuted Message → Send shows that node's output schema in its input pane.
		await openWorkflow(page, stack, workflow(stack, 'Panel: schema preview', [
			{ name: 'Post', parameters: { resource: 'message', operation: 'send', chatId, content: 'Hello' } },
			{ name: 'Echo', parameters: { resource: 'message', operation: 'send', chatId, content: '={{ $json.url }}' } },
		]));
		await page.locator('[data-test-id="canvas-node"][data-node-name="Echo"]').dblclick();
		const preview = page.getByTestId('schema-preview-warning');
		await preview.waitFor({ state: 'visible', timeout: 20_000 });
		const field = page.getByTestId('ndv').getByText('root_chat_id', { exact: true });
		await field.first().waitFor({ state: 'visible', timeout: 10_000 });
		await page.screenshot({ path: path.join(out, 'panel-schema-preview.png') });
		await closePanel(page);
		const sendSchema = `/schemas/${PACHCA}/1.0.0/message/send.json`;
		check("the panel after an unexecuted Message → Send shows n8n's schema preview of its output (root_chat_id, …)", schemaAnswers.includes(`200 ${sendSchema}`), schemaAnswers);
		note(`schema requests: ${[...new Set(schemaAnswers)].join(', ')}`);
	} finally {
		await browser.close();
	}
}
