/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// The editor and the emulator's chat page in headless Chromium: what a person sees must work.
// Every request that is not to 127.0.0.1 is aborted (the editor asks npm about community packages).
import fs from 'node:fs';
import path from 'node:path';
import { ALERTS_BOT_ID, DEMO_CHATS } from '../emulator/ui/seed';
import { check, checkEqual, note } from './lib/check';
import { EXAMPLES_DIR, PACKAGE_NAME } from './lib/paths';
import { launch, showInEditor, signIn, type Page } from './lib/playwright';
import { waitFor } from './lib/processes';
import { DOC_SHOTS } from './lib/screenshots';
import type { Stack } from './lib/stack';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');

/** Console errors that concern our package (n8n's optional output-schema lookups excepted). */
function ourErrors(errors: string[]): string[] {
	return errors.filter((e) => /pachca/i.test(e) && !/\/schemas\//.test(e));
}

/** Opens a node's panel, screenshots it, closes it; returns the parameter issues it showed. */
async function openPanel(page: Page, nodeName: string, shot: string): Promise<number> {
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${nodeName}"]`).dblclick();
	const ndv = page.getByTestId('ndv');
	await ndv.waitFor({ state: 'visible', timeout: 15_000 });
	await page.getByTestId('node-parameters').waitFor({ state: 'visible', timeout: 15_000 });
	// Let the resource locators and list searches settle before looking for issues.
	await page.waitForTimeout(800);
	const issues = await page
		.locator('[data-test-id="parameter-issues"], [data-test-id$="-parameter-input-issues-container"], [data-test-id="node-issues"]')
		.count();
	// A picture of every panel costs a second each on 2 cores: only the README's, and the ones with an issue.
	if (issues > 0 || path.basename(shot) in DOC_SHOTS) await page.screenshot({ path: shot });
	await page.getByTestId('ndv-close-button').click();
	await ndv.waitFor({ state: 'hidden', timeout: 10_000 });
	return issues;
}

/** Waits until the canvas shows exactly these nodes (a workflow shown before may have as many). */
async function onCanvas(page: Page, what: string, names: string[], timeoutMs: number): Promise<void> {
	const node = (name: string) => page.locator(`[data-test-id="canvas-node"][data-node-name="${name.replace(/"/g, '\\"')}"]`);
	await waitFor(
		`${what} on the canvas`,
		async () => {
			if ((await page.getByTestId('canvas-node').count()) !== names.length) return undefined;
			for (const name of names) if ((await node(name).count()) !== 1) return undefined;
			return true;
		},
		timeoutMs,
	);
}

export async function checkEditor(stack: Stack, out: string): Promise<void> {
	const { browser, context, blocked } = await launch();
	const errors: string[] = [];
	try {
		const page = await context.newPage();
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		// "Failed to load resource" console lines carry no URL: keep the failed responses to tell whose they are.
		page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
		await signIn(page, stack.n8n.url);
		check('signed in through the editor\'s sign-in form', !page.url().includes('/signin'), page.url());

		const panelsSeen = new Set<string>();
		const navigation = { inApp: 0, loads: 0 };
		for (const file of fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')).sort()) {
			const wf = stack.readExample(file);
			const id = await stack.n8n.createWorkflow(wf);
			await showInEditor(page, stack.n8n.url, `/workflow/${id}`, (ms) => onCanvas(page, file, wf.nodes.map((n) => n.name), ms), navigation);
			await page.waitForTimeout(500);
			await page.screenshot({ path: path.join(out, `${slug(file)}.png`) });
			check(`${file}: all ${wf.nodes.length} nodes on the canvas`, true);
			for (const node of wf.nodes.filter((n) => n.type.startsWith(`${PACKAGE_NAME}.`))) {
				const shot = path.join(out, `${slug(file)}--${slug(node.name)}.png`);
				// One panel per kind of node (type, version, resource, operation) shows that the kind renders;
				// every node's own parameters are held to n8n's issue rules in test/package/examples.test.ts.
				const kind = [node.type, node.typeVersion, node.parameters.resource, node.parameters.operation].join(' ');
				if (panelsSeen.has(kind) && !(path.basename(shot) in DOC_SHOTS)) continue;
				panelsSeen.add(kind);
				const issues = await openPanel(page, node.name, shot);
				check(`panel of "${node.name}" opens with no parameter issue`, issues === 0, `${issues} issue marker(s), see ${shot}`);
			}
		}

		// Control: the same look must see an issue where there is one (a Send without a chat),
		// so that a renamed marker in a future n8n cannot make the check above pass vacuously.
		const broken = stack.readExample('07-monitoring-alert.json');
		broken.name = 'Control: Send without a chat';
		const send = broken.nodes.find((n) => n.name === 'Post to Alerts')!;
		send.parameters.chatId = { __rl: true, mode: 'list', value: '' };
		const brokenId = await stack.n8n.createWorkflow(broken);
		await showInEditor(page, stack.n8n.url, `/workflow/${brokenId}`, (ms) => onCanvas(page, 'the control', broken.nodes.map((n) => n.name), ms), navigation);
		const controlIssues = await openPanel(page, 'Post to Alerts', path.join(out, 'control-send-without-chat.png'));
		check('control: a Send without a chat shows a parameter issue in the same panel check', controlIssues > 0, controlIssues);

		note(`examples opened through the editor's router: ${navigation.inApp}, by loading the page: ${navigation.loads}`);
		for (const [name, id] of stack.credentialIds) {
			await page.goto(`${stack.n8n.url}/home/credentials/${id}`);
			await page.getByTestId('editCredential-modal').waitFor({ state: 'visible', timeout: 20_000 });
			const tested = page.getByTestId('credentials-config-container-test-success');
			await tested.waitFor({ state: 'visible', timeout: 20_000 });
			await page.screenshot({ path: path.join(out, `credential-${slug(name)}.png`) });
			check(`credential dialog of "${name}" opens and its test passes against the emulator`, true);
		}

		const ours = ourErrors(errors);
		check('no console error from our nodes', ours.length === 0, ours);
		const others = errors.filter((x) => !ours.includes(x) && !x.startsWith('Failed to load resource'));
		for (const e of others) note(`not from our nodes: ${e.slice(0, 160)}`);
		note(`requests blocked (not to 127.0.0.1): ${blocked.length === 0 ? 'none' : [...new Set(blocked)].join(', ')}`);
	} finally {
		await browser.close();
	}
}

/** POSTs JSON to the production URL of an example's n8n Webhook node, as a monitoring system or CI would. */
async function postToExample(stack: Stack, file: string, node: string, body: object): Promise<void> {
	const res = await fetch(stack.webhookUrl(file, node), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
	check(`a POST to the n8n Webhook "${node}" of ${file} is accepted`, res.ok, res.status);
}

/** Posts on the chat page as Olga (user 13) in the chat that is open. */
async function postAsOlga(page: Page, text: string): Promise<void> {
	await page.locator('[data-testid="user"]').selectOption('13');
	await page.locator('[data-testid="text"]').fill(text);
	await page.locator('[data-testid="send"]').click();
}

export async function checkChatPage(stack: Stack, out: string): Promise<void> {
	const { emulator } = stack;
	const command = await stack.importExample('04-command-reply-in-thread.json');
	const alert = await stack.importExample('07-monitoring-alert.json');
	const click = await stack.importExample('06-button-click-callback.json');
	const approval = await stack.importExample('09-approval-before-deploy.json');
	for (const id of [command, alert, click, approval]) await stack.n8n.activate(id);
	const ready = (bot: number, file: string, node: string) =>
		waitFor(`bot ${bot}'s webhook`, () => (emulator.state.bots.get(bot)?.webhook.outgoing_url === stack.webhookUrl(file, node) ? true : undefined));
	await ready(emulator.botId, '04-command-reply-in-thread.json', 'On /task');
	await ready(ALERTS_BOT_ID, '06-button-click-callback.json', 'On Button Click');
	await new Promise((resolve) => setTimeout(resolve, 1000));

	const { browser, context } = await launch();
	try {
		const page = await context.newPage();
		await page.goto(`${stack.chatPageUrl}?chat=${DEMO_CHATS.general}`);
		await postAsOlga(page, '/task water the plants');
		await page.getByText('Task created: water the plants', { exact: false }).waitFor({ state: 'visible', timeout: 20_000 });
		await page.screenshot({ path: path.join(out, 'chat-page-command.png') });
		check('posting "/task water the plants" on the chat page shows the bot\'s reply in the thread', true);
		await openMessageLink(stack, page, 'Task created: water the plants', out);

		await postAsOlga(page, '**Release 2.4** is out: [notes](http://127.0.0.1/notes) @pavel, lists stay:\n- as typed');
		const formatted = page.locator('[data-testid="content"]').filter({ hasText: 'Release 2.4' }).first();
		await formatted.waitFor({ state: 'visible', timeout: 10_000 });
		const rendered = {
			bold: await formatted.locator('strong').allInnerTexts(),
			link: await formatted.locator('a').first().getAttribute('href'),
			mention: await formatted.locator('.mention').allInnerTexts(),
			list: (await formatted.innerText()).includes('- as typed'),
		};
		checkEqual('the chat page renders bold, a link and a mention as Pachca does, a list as typed', rendered, {
			bold: ['Release 2.4'], link: 'http://127.0.0.1/notes', mention: ['@pavel'], list: true,
		});
		await page.screenshot({ path: path.join(out, 'chat-page-formatting.png') });

		await postToExample(stack, '07-monitoring-alert.json', 'Monitoring Alert', { id: 'api-7', severity: 'warning', title: 'Latency above 2 s on api-7' });
		await page.locator(`[data-testid="chat-${DEMO_CHATS.alerts}"]`).click();
		const take = page.locator('[data-testid="button"]').filter({ hasText: 'Take' });
		await take.first().waitFor({ state: 'visible', timeout: 20_000 });
		await page.screenshot({ path: path.join(out, 'chat-page-alert.png') });
		check('the alert shows up on the chat page with its Take button', true);
		await take.first().click();
		await page.getByText('→ take by user 13', { exact: false }).waitFor({ state: 'visible', timeout: 20_000 });
		check('clicking Take on the page runs the click workflow: the alert is closed', (await take.count()) === 0, await take.count());
		await page.screenshot({ path: path.join(out, 'chat-page-clicked.png') });

		await approvalOnThePage(stack, page, out);
	} finally {
		await browser.close();
		for (const id of [command, alert, click, approval]) await stack.n8n.deactivate(id);
	}
}

/**
 * The `url` of the bot's reply, as the node output it (the emulator answers links to its own origin), opens
 * the chat page at that message; then the page goes back to General.
 */
async function openMessageLink(stack: Stack, page: Page, text: string, out: string): Promise<void> {
	const reply = [...stack.emulator.state.messages.values()].find((m) => m.content.includes(text));
	const origin = new URL(stack.emulator.baseUrl).origin;
	check("the bot's reply has a url on the emulator's origin", reply?.url.startsWith(`${origin}/chats/`) === true, reply?.url);
	await page.goto(reply!.url);
	const linked = page.locator('.msg.linked');
	await linked.waitFor({ state: 'visible', timeout: 10_000 });
	checkEqual("opening that url shows the chat page with the message marked", (await linked.innerText()).includes(text), true);
	await page.screenshot({ path: path.join(out, 'chat-page-message-link.png') });
	await page.goto(`${stack.chatPageUrl}?chat=${DEMO_CHATS.general}`);
}

/** Example 09 as a person sees it: the question in Team with Deploy / Cancel, and n8n's page after Deploy. */
async function approvalOnThePage(stack: Stack, page: Page, out: string): Promise<void> {
	await postToExample(stack, '09-approval-before-deploy.json', 'Deploy Request', { version: 'v2.4', service: 'billing', requestedBy: 'Olga' });
	await page.locator(`[data-testid="chat-${DEMO_CHATS.team}"]`).click();
	const deploy = page.locator('.row a').filter({ hasText: 'Deploy' });
	await deploy.first().waitFor({ state: 'visible', timeout: 20_000 });
	await page.screenshot({ path: path.join(out, 'chat-page-approval.png') });
	const href = (await deploy.first().getAttribute('href')) ?? '';
	check('the question shows Deploy as a link button to n8n\'s signed resume URL', href.startsWith(`${stack.n8n.url}/webhook-waiting/`), href);
	await page.goto(href);
	await page.waitForTimeout(500);
	await page.screenshot({ path: path.join(out, 'approval-page.png') });
}
