/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- test tooling that drives a browser, not node code */
// A person's first Pachca node in Chromium: a new workflow, the node creator, Pachca, "On new message"
// (an empty canvas offers triggers first).
// n8n 2.41 gives a new node the most recently updated credential of its type; the stand creates the
// main bot's last, so the panel must open on "Pachca bot (emulator)", not the admin's user token.
import path from 'node:path';
import { checkEqual, note } from './lib/check';
import { launch, signIn, type Page } from './lib/playwright';
import { CREDENTIALS, type Stack } from './lib/stack';

/** Opens the node creator on an empty canvas (its "+" in the corner, or the canvas's "add first step"). */
async function openNodeCreator(page: Page): Promise<void> {
	const corner = page.getByTestId('node-creator-plus-button');
	await corner.or(page.getByTestId('canvas-plus-button')).first().waitFor({ state: 'visible', timeout: 30_000 });
	await ((await corner.isVisible()) ? corner : page.getByTestId('canvas-plus-button')).click();
}

export async function checkNewNodeCredential(stack: Stack, out: string): Promise<void> {
	const { browser, context } = await launch();
	const page = await context.newPage();
	try {
		await signIn(page, stack.n8n.url);
		await page.goto(`${stack.n8n.url}/workflow/new`);
		await openNodeCreator(page);
		await page.getByTestId('node-creator-search-bar').fill('Pachca');
		await page.getByTestId('node-creator-item-name').getByText('Pachca', { exact: true }).click();
		await page.getByTestId('node-creator').getByText('On new message', { exact: true }).click();
		const select = page.getByTestId('ndv').getByTestId('node-credentials-select');
		await select.waitFor({ state: 'visible', timeout: 20_000 });
		await page.waitForTimeout(500);
		const shown = (await select.innerText()).trim() || (await select.locator('input').inputValue());
		await page.screenshot({ path: path.join(out, 'new-pachca-node.png') });
		note(`${stack.credentialIds.size} Pachca credentials exist; the new node's panel shows "${shown}"`);
		checkEqual('a new Pachca node (the trigger "On new message") picks the main bot credential by default', shown, CREDENTIALS.main);
	} catch (e) {
		await page.screenshot({ path: path.join(out, 'new-pachca-node-failed.png') }).catch(() => undefined);
		throw e;
	} finally {
		await browser.close();
	}
}
