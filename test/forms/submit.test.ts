// Submitted forms through the Pachca Trigger (real n8n-core WebhookContext, the emulator delivering
// view.submit and reading the answer as Pachca does): the flat fields, the metadata read back, Form
// Validation answered 400 at once with nothing emitted, and the workflow answering via Form → Respond.
import { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { clickFor, OLGA, openForm } from '../harness/fixtures/form';
import { emitted, post, startTrigger } from '../harness/fixtures/trigger';
import type { TriggerSetup } from '../harness/fixtures/trigger';
import { runHook } from '../harness/run';
import type { WebhookServer } from '../harness/webhook-server';
import { credentialsFor } from '../harness/credentials';

let emu: PachcaEmulator;
emulatorPerFile((started) => (emu = started));

let server: WebhookServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

const BLOCKS = [
	{ type: 'input', name: 'reason', label: 'Reason' },
	{ type: 'input', name: 'code', label: 'Project code' },
	{ type: 'date', name: 'date_start', label: 'From' },
	{ type: 'checkbox', name: 'notify', label: 'Notify', options: [{ text: 'Team', value: 'team' }, { text: 'HR', value: 'hr' }] },
];

const RULES = {
	rule: [
		{ field: 'reason', required: true, minLength: 5, message: 'Tell us a bit more' },
		{ field: 'code', pattern: '^[A-Z]{2}-\\d+$' },
		{ field: 'date_start', minValue: '2026-01-01' },
	],
};

/** A trigger on Form Submitted, then a click and Form → Open: the id of Olga's open form. */
async function formOpenedThrough(setup: TriggerSetup): Promise<number> {
	server = await startTrigger(emu, { ...setup, parameters: { events: ['view.submit'], ...setup.parameters } });
	const opened = await openForm(emu, await clickFor(emu), {
		blocksJson: JSON.stringify(BLOCKS),
		additionalFields: { callbackId: 'timeoff', privateMetadata: JSON.stringify({ requestId: 4378, by: ['olga'] }) },
	});
	expect(opened.error).toBeUndefined();
	return emu.openForms(OLGA).at(-1)!.id;
}

const GOOD = { reason: 'Family wedding', code: 'HR-12', date_start: '2026-07-01', notify: ['team', 'hr'] };

describe('Form Submitted in the Pachca Trigger', () => {
	it('a valid submission closes the form and reaches the workflow with the flat fields, callback_id, metadata and user', async () => {
		const viewId = await formOpenedThrough({ parameters: { formValidation: RULES } });
		expect(await emu.submitForm(viewId, OLGA, GOOD)).toEqual({ outcome: 'closed', status: 200 });
		expect(emitted(server!)).toEqual([
			expect.objectContaining({
				event_name: 'view.submit', callback_id: 'timeoff', user_id: OLGA, fields: GOOD, metadata: { requestId: 4378, by: ['olga'] },
			}),
		]);
		expect(emu.openForms(OLGA).some((v) => v.id === viewId)).toBe(false);
	});

	it('declared validation answers 400 with the errors by field, emits nothing and keeps the form open; the fixed form passes', async () => {
		const viewId = await formOpenedThrough({ parameters: { formValidation: RULES } });
		const outcome = await emu.submitForm(viewId, OLGA, { reason: 'Hm', code: 'hr12', date_start: '2025-12-31', notify: [] });
		expect(outcome).toEqual({
			outcome: 'errors', status: 400,
			errors: { reason: 'Tell us a bit more', code: 'Does not match the expected format', date_start: 'At least 2026-01-01' },
		});
		expect(server!.executions).toHaveLength(0);
		expect(emu.openForms(OLGA).find((v) => v.id === viewId)?.errors).toEqual(outcome.outcome === 'errors' ? outcome.errors : {});
		expect(await emu.submitForm(viewId, OLGA, GOOD)).toEqual({ outcome: 'closed', status: 200 });
		expect(server!.executions).toHaveLength(1);
	});

	it('a rule limited to another Callback ID does not apply', async () => {
		const viewId = await formOpenedThrough({ parameters: { formValidation: { rule: [{ field: 'reason', required: true, callbackId: 'other' }] } } });
		expect(await emu.submitForm(viewId, OLGA, { ...GOOD, reason: '' })).toEqual({ outcome: 'closed', status: 200 });
	});

	it('security comes first: an unsigned submission that fails validation gets 401, not the form errors', async () => {
		server = await startTrigger(emu, { parameters: { events: ['view.submit'], formValidation: RULES } });
		const body = JSON.stringify({ type: 'view', event: 'submit', callback_id: null, private_metadata: null, chat_id: null, user_id: OLGA, data: { reason: '' }, webhook_timestamp: Math.floor(Date.now() / 1000) });
		expect(await post(server.url, body, { secret: 'not-the-secret' })).toEqual({ status: 401, json: { error: 'Invalid signature' } });
		expect((await post(server.url, body, { secret: emu.signingSecret })).status).toBe(400);
	});

	it.each([
		[{ field: 'code', pattern: '([' }, 'Form Validation: rule 1: Pattern: not a valid regular expression'],
		[{ field: '' }, 'Form Validation: rule 1: Field Name: is empty'],
		[{ field: 'x', minValue: 'soon' }, 'Form Validation: rule 1: Min Value: expected a number, a date (YYYY-MM-DD) or a time (HH:mm), got "soon"'],
		[{ field: 'x', minValue: '1', maxValue: '18:00' }, 'Form Validation: rule 1: Max Value: is a time and Min Value a number'],
		[{ field: 'x', minLength: 9, maxLength: 3 }, 'Form Validation: rule 1: Min Length: 9 is above Max Length 3'],
	])('activation refuses a bad rule %j, naming it', async (rule, message) => {
		const spec = { type: 'pachcaTrigger', parameters: { events: ['view.submit'], formValidation: { rule: [rule] } }, credentials: credentialsFor(emu), webhookId: 'w-1' };
		await expect(runHook(spec, 'checkExists', { webhookBaseUrl: 'http://127.0.0.1:5678' })).rejects.toThrow(message);
	});
});

describe("Form Answer: Using 'Form → Respond'", () => {
	const respondWith = (parameters: Record<string, unknown>): TriggerSetup => ({
		parameters: { formAnswer: 'workflow' },
		server: { next: { type: 'pachca', parameters: { resource: 'form', operation: 'respond', ...parameters } } },
	});

	it('the workflow shows its own errors (400) and the form stays open', async () => {
		const viewId = await formOpenedThrough(respondWith({ respondWith: 'errorsJson', formErrorsJson: '={{ JSON.stringify({ code: "No project " + $json.fields.code }) }}' }));
		expect(await emu.submitForm(viewId, OLGA, GOOD)).toEqual({ outcome: 'errors', status: 400, errors: { code: 'No project HR-12' } });
		const [{ run }] = await Promise.all(server!.runs);
		expect(run.data.resultData.runData.Next[0].data?.main[0]?.[0].json).toMatchObject({ form_answer: { status: 400, errors: { code: 'No project HR-12' } } });
	});

	it('the workflow closes the form (200)', async () => {
		const viewId = await formOpenedThrough(respondWith({ respondWith: 'close' }));
		expect(await emu.submitForm(viewId, OLGA, GOOD)).toEqual({ outcome: 'closed', status: 200 });
	});

	it('declared validation still answers first, without starting the workflow', async () => {
		const viewId = await formOpenedThrough({ ...respondWith({ respondWith: 'close' }), parameters: { formAnswer: 'workflow', formValidation: RULES } });
		expect((await emu.submitForm(viewId, OLGA, { ...GOOD, reason: '' })).outcome).toBe('errors');
		expect(server!.runs).toHaveLength(0);
	});

	it('other events are answered 200 by the trigger at once, and their run still starts', async () => {
		server = await startTrigger(emu, { ...respondWith({ respondWith: 'close' }), parameters: { events: ['*'], formAnswer: 'workflow' } });
		expect((await emu.emitWebhook('reaction.new')).status).toBe(200);
		expect(server.runs).toHaveLength(1);
		await Promise.all(server.runs);
	});
});
