// Form → Open through real n8n-core against the emulator: the modal opens for the clicking user from
// the click's trigger_id within 3 s (the emulator's clock), and a late open says the trigger_id expired.
import { BOT_SCOPES, PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { clickFor, OLGA, openForm, REASON_FORM } from '../harness/fixtures/form';
import { startTrigger } from '../harness/fixtures/trigger';
import type { WebhookServer } from '../harness/webhook-server';

let emu: PachcaEmulator;
emulatorPerFile((started) => (emu = started));

const opens = () => emu.requests.filter((r) => r.path === '/views/open');

describe('Form → Open', () => {
	it('opens the form for the user who clicked, with title, buttons, callback_id and private metadata as JSON text', async () => {
		const triggerId = await clickFor(emu);
		const metadata = { requestId: 4378, tags: ['a', 'b'], nested: { ok: true } };
		const result = await openForm(emu, triggerId, {
			additionalFields: { callbackId: 'timeoff_request', submitText: 'Send', closeText: 'Cancel', privateMetadata: JSON.stringify(metadata) },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([{ opened: true, trigger_id: triggerId, callback_id: 'timeoff_request' }]);
		expect(opens()[0].body).toEqual({
			type: 'modal', trigger_id: triggerId, callback_id: 'timeoff_request', private_metadata: JSON.stringify(metadata),
			view: { title: 'Time off', submit_text: 'Send', close_text: 'Cancel', blocks: REASON_FORM },
		});
		const [form] = emu.openForms(OLGA).slice(-1);
		expect(form).toMatchObject({ userId: OLGA, botId: emu.botId, title: 'Time off', callback_id: 'timeoff_request', blocks: REASON_FORM });
	});

	it('fails with "the trigger_id expired" when sent more than 3 s after the click', async () => {
		const triggerId = await clickFor(emu);
		emu.state.clock.advance(3001);
		const result = await openForm(emu, triggerId);
		expect(result.error?.message).toBe('Trigger ID: the trigger_id expired: Pachca opens a form only within 3 seconds of the button click');
		expect(opens()).toHaveLength(1);
		expect(opens()[0].status).toBe(410);
	});

	it('names an unknown trigger_id as such', async () => {
		const result = await openForm(emu, 'no-such-trigger');
		expect(result.error?.message).toContain('Pachca does not know this trigger_id');
	});

	it('does not wait past the window behind a rate limit: a 429 asking 5 s fails at once as expired, sent once', async () => {
		const triggerId = await clickFor(emu);
		emu.injectFault({ kind: 'status', method: 'POST', path: '/views/open', status: 429, retryAfter: '5' });
		// A token of its own: the pause it learns must not hold up the other tests' token.
		const token = emu.createToken({ bot: true, scopes: BOT_SCOPES });
		const result = await openForm(emu, triggerId, {}, { token });
		expect(result.error?.message).toContain('Trigger ID: the trigger_id expired before Pachca answered');
		expect(opens()).toHaveLength(1);
	});
});

describe('a click opens a form through the workflow (Pachca Trigger → Form → Open)', () => {
	let server: WebhookServer | undefined;
	afterEach(async () => {
		await server?.close();
		server = undefined;
	});

	it('the button click reaches the trigger, and Form → Open with {{ $json.trigger_id }} opens the form within the window', async () => {
		server = await startTrigger(emu, {
			parameters: { events: ['button.click'] },
			server: {
				next: {
					type: 'pachca',
					parameters: { resource: 'form', operation: 'open', formTitle: 'Time off', blocksMode: 'json', blocksJson: JSON.stringify(REASON_FORM) },
				},
			},
		});
		const before = emu.openForms(OLGA).length;
		const triggerId = await clickFor(emu);
		const [{ run }] = await Promise.all(server.runs);
		expect(run.data.resultData.error).toBeUndefined();
		expect(opens().at(-1)?.body).toMatchObject({ trigger_id: triggerId });
		expect(emu.openForms(OLGA)).toHaveLength(before + 1);
	});
});
