/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// playwright-core from the e2e install (.e2e/n8n), driving Debian's Chromium; typed with the few calls we use.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { OWNER } from './n8n';
import { N8N_INSTALL } from './paths';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Locator {
	click(options?: { timeout?: number }): Promise<void>;
	dblclick(options?: { timeout?: number }): Promise<void>;
	fill(value: string): Promise<void>;
	waitFor(options?: { state?: 'visible' | 'attached' | 'hidden'; timeout?: number }): Promise<void>;
	count(): Promise<number>;
	first(): Locator;
	nth(index: number): Locator;
	locator(selector: string): Locator;
	filter(options: { hasText: string }): Locator;
	innerText(): Promise<string>;
	allInnerTexts(): Promise<string[]>;
	selectOption(value: string): Promise<unknown>;
	isVisible(): Promise<boolean>;
	inputValue(): Promise<string>;
	/** Runs `fn` in the page on every element matched (here: the panel's inputs, read by their value). */
	evaluateAll<R>(fn: (elements: Array<{ value: string }>) => R): Promise<R>;
	getAttribute(name: string): Promise<string | null>;
	or(other: Locator): Locator;
	getByTestId(id: string): Locator;
	getByText(text: string, options?: { exact?: boolean }): Locator;
	screenshot(options: { path: string }): Promise<unknown>;
}

export interface ConsoleMessage {
	type(): string;
	text(): string;
}

export interface Page {
	goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' }): Promise<unknown>;
	locator(selector: string): Locator;
	getByTestId(id: string): Locator;
	getByText(text: string, options?: { exact?: boolean }): Locator;
	screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
	keyboard: { press(key: string): Promise<void> };
	on(event: 'console', handler: (msg: ConsoleMessage) => void): void;
	on(event: 'pageerror', handler: (error: Error) => void): void;
	on(event: 'response', handler: (response: { status(): number; url(): string }) => void): void;
	waitForURL(url: (url: URL) => boolean, options?: { timeout?: number }): Promise<void>;
	waitForTimeout(ms: number): Promise<void>;
	url(): string;
	/** Evaluates a JavaScript expression in the page. */
	evaluate(expression: string): Promise<unknown>;
}

export interface Route {
	request(): { url(): string };
	continue(): Promise<void>;
	abort(): Promise<void>;
}

export interface BrowserContext {
	route(pattern: string, handler: (route: Route) => Promise<void>): Promise<void>;
	newPage(): Promise<Page>;
}

export interface Browser {
	newContext(options?: { viewport?: { width: number; height: number }; deviceScaleFactor?: number }): Promise<BrowserContext>;
	close(): Promise<void>;
}

interface PlaywrightCore {
	chromium: { launch(options: { executablePath: string; args: string[]; headless?: boolean }): Promise<Browser> };
	selectors: { setTestIdAttribute(name: string): void };
}

/** Headless Chromium where every request that is not to 127.0.0.1 is aborted (and counted). */
export async function launch(): Promise<{ browser: Browser; context: BrowserContext; blocked: string[] }> {
	if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
	const pw = createRequire(path.join(N8N_INSTALL, 'package.json'))('playwright-core') as PlaywrightCore;
	pw.selectors.setTestIdAttribute('data-test-id');
	const browser = await pw.chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
	});
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const blocked: string[] = [];
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return await route.continue();
		blocked.push(url.host);
		await route.abort();
	});
	return { browser, context, blocked };
}

/** Signs in through the editor's sign-in form as the stand's owner. */
export async function signIn(page: Page, url: string): Promise<void> {
	await page.goto(`${url}/signin`);
	await page.getByTestId('emailOrLdapLoginId').locator('input').fill(OWNER.email);
	await page.getByTestId('password').locator('input').fill(OWNER.password);
	await page.getByTestId('form-submit-button').click();
	await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 30_000 });
}

/**
 * Shows `route` (`/workflow/<id>`) of the editor that is open in `page`: through the editor's own router
 * (about 0.5 s), or by loading the page (about 10 s on 2 cores: the editor's scripts load again) when no
 * editor page is open yet or the router did not get there in time. `ready` throws until the route shows.
 */
export async function showInEditor(
	page: Page,
	base: string,
	route: string,
	ready: (timeoutMs: number) => Promise<void>,
	counts: { inApp: number; loads: number },
): Promise<void> {
	if (page.url().startsWith(base) && !new URL(page.url()).pathname.startsWith('/signin')) {
		// The editor's router (Vue Router) follows a popstate to the new location.
		await page.evaluate(`history.pushState({}, '', ${JSON.stringify(route)}); dispatchEvent(new PopStateEvent('popstate', { state: null }))`);
		try {
			await ready(10_000);
			counts.inApp++;
			return;
		} catch {
			// the full load below
		}
	}
	await page.goto(`${base}${route}`);
	await ready(30_000);
	counts.loads++;
}

