/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the example file, not node code */
// examples/23-request-form-approval.json: its Pachca Trigger and its Form → Open node, as saved in the
// file, run through n8n-core against the emulator: /access offers the button, the click opens the
// form, a too-short reason gets the example's message (400), a good one reaches the workflow.
import fs from 'node:fs';
import path from 'node:path';

import type { INodeParameters } from 'n8n-workflow';

import { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { botMessage, OLGA } from '../harness/fixtures/form';
import { emitted, startTrigger } from '../harness/fixtures/trigger';
import type { WebhookServer } from '../harness/webhook-server';

const example = JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/23-request-form-approval.json'), 'utf8')) as {
	nodes: Array<{ name: string; parameters: INodeParameters }>;
};
const parametersOf = (name: string) => example.nodes.find((n) => n.name === name)!.parameters;

let emu: PachcaEmulator;
emulatorPerFile((started) => (emu = started));

let server: WebhookServer | undefined;
afterEach(async () => await server?.close());

it('the example opens its form from the click and validates the submission as it says', async () => {
	server = await startTrigger(emu, {
		// Manual: the test points the bot at this endpoint itself.
		parameters: { ...parametersOf('On Bot Event'), webhookRegistration: 'manual' },
		server: { next: { type: 'pachca', parameters: parametersOf('Open Request Form') } },
	});
	const messageId = botMessage(emu);
	await emu.clickButton(messageId, OLGA, 'access_form');
	const [{ run }] = await Promise.all(server.runs);
	expect(run.data.resultData.error).toBeUndefined();
	const [form] = emu.openForms(OLGA);
	expect(form).toMatchObject({ title: 'Access request', callback_id: 'access_request', submit_text: 'Send request' });
	expect(form.blocks.map((b) => b.name ?? b.type)).toEqual(['plain_text', 'system', 'reason', 'until']);

	expect(await emu.submitForm(form.id, OLGA, { system: 'jira', reason: 'Need it', until: '' })).toEqual({
		outcome: 'errors', status: 400, errors: { reason: 'Say in a sentence why you need it' },
	});
	expect(await emu.submitForm(form.id, OLGA, { system: 'jira', reason: 'Release 4.2 tickets triage', until: '2026-03-01' })).toEqual({ outcome: 'closed', status: 200 });
	expect(emitted(server).at(-1)).toMatchObject({
		event_name: 'view.submit', user_id: OLGA, fields: { system: 'jira', until: '2026-03-01' }, metadata: { message_id: messageId },
	});
});
