/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// What the editor shows for the Pachca Trigger (subtitle, notices), evaluated by n8n-workflow as the
// editor evaluates them, and the answer an accepted delivery gets.
import fs from 'node:fs';
import path from 'node:path';
import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { TRIGGER_DOCS_URL } from '../../nodes/PachcaTrigger/description';
import { PachcaTrigger } from '../../nodes/PachcaTrigger/PachcaTrigger.node';
import { PachcaEmulator } from '../emulator';
import { buildWorkflow } from '../harness/workflow';
import { credentialsFor, messagePayload, post, startTrigger } from '../harness/fixtures/trigger';

const description = new PachcaTrigger().description;
const property = (name: string): INodeProperties => description.properties.find((p) => p.name === name)!;

function subtitleFor(events: string[]): unknown {
	const spec = { type: 'pachcaTrigger', parameters: { events }, credentials: { baseUrl: 'http://127.0.0.1:1', accessToken: 't' } };
	const { workflow, node } = buildWorkflow(spec as never);
	return workflow.expression.getSimpleParameterValue(node, description.subtitle!, 'internal', {});
}

describe('canvas subtitle', () => {
	it('says "All events" for the All Events choice, and lists the events otherwise', () => {
		expect(subtitleFor(['*'])).toBe('All events');
		expect(subtitleFor(['message.new', 'reaction.new'])).toBe('message.new, reaction.new');
	});
});

describe('notices', () => {
	const shown = (name: string, parameters: INodeParameters) =>
		NodeHelpers.displayParameter(parameters, property(name), null, description);

	it('the signing-secret notice is true whether or not the credential holds a secret', () => {
		const text = property('signingSecretNotice').displayName;
		expect(text).not.toMatch(/^Recommended/);
		expect(text).toMatch(/^Without the Signing secret in the credential, anyone with the URL can start/);
		expect(shown('signingSecretNotice', {})).toBe(true);
	});

	it('each notice is one short line with a Details link to its section of docs/triggers.md', () => {
		const docs = fs.readFileSync(path.join(__dirname, '../../docs/triggers.md'), 'utf8');
		// GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
		const anchors = [...docs.matchAll(/^#{2,3} (.+)$/gm)].map(([, h]) => h.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-'));
		const notices = description.properties.filter((p) => p.type === 'notice');
		expect(notices.map((p) => p.name)).toEqual([
			'signingSecretNotice', 'replayWithoutDedupeNotice', 'manualRegistrationNotice', 'automaticRegistrationNotice',
		]);
		for (const notice of notices) {
			const [, text, href] = /^([^<]+) <a href="([^"]+)" target="_blank">Details<\/a>$/.exec(notice.displayName) ?? [];
			expect({ notice: notice.name, short: text !== undefined && text.length <= 90 }).toEqual({ notice: notice.name, short: true });
			expect(href.startsWith(`${TRIGGER_DOCS_URL}#`)).toBe(true);
			expect(anchors).toContain(href.slice(TRIGGER_DOCS_URL.length + 1));
		}
	});

	it('warns when Deduplicate Deliveries is off while a replay window is set', () => {
		const notice = 'replayWithoutDedupeNotice';
		expect(shown(notice, { options: { deduplicate: false } })).toBe(true);
		expect(shown(notice, { options: { deduplicate: false, replayWindow: 300 } })).toBe(true);
		expect(shown(notice, { options: { deduplicate: false, replayWindow: 0 } })).toBe(false);
		expect(shown(notice, { options: {} })).toBe(false);
		expect(shown(notice, { options: { deduplicate: true } })).toBe(false);
	});
});

describe('settings and answers over HTTP', () => {
	let emu: PachcaEmulator;
	beforeEach(async () => {
		emu = await PachcaEmulator.start({ rateLimits: false });
	});
	afterEach(async () => {
		await emu.stop();
	});

	it('refuses a window above an hour, which duplicates could not cover', async () => {
		const server = await startTrigger(emu, { parameters: { options: { replayWindow: 7200 } } });
		expect((await emu.emitWebhook('message.new')).status).toBe(500);
		expect(server.errors[0].message).toBe('Replay Window (Seconds): expected a whole number from 0 to 3600, got 7200');
		await server.close();
	});

	it('answers an accepted delivery with an empty 200, as real n8n does for responseData noData', async () => {
		expect(description.webhooks![0].responseData).toBe('noData');
		const server = await startTrigger(emu, { credentials: credentialsFor(emu) });
		const body = JSON.stringify(messagePayload());
		expect(await post(server.url, body, { secret: emu.signingSecret })).toEqual({ status: 200, json: '' });
		expect(server.executions).toHaveLength(1);
		await server.close();
	});
});
