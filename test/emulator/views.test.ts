/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// The emulator's forms: POST /views/open validated per the spec, trigger_ids issued by clicks and
// expiring 3 s later on the emulator's clock, and view.submit answered by the bot within the time.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { api } from './helpers';
import { BOT_SCOPES, PachcaEmulator } from './index';

let emu: PachcaEmulator;
let chatId: number;
beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	chatId = emu.addChat({ name: 'Forms', memberIds: [13] }).id;
});
afterEach(async () => await emu.stop());

const BLOCKS = [{ type: 'input', name: 'reason', label: 'Reason', required: true, min_length: 3 }];

async function click(userId = 13): Promise<string> {
	const msg = emu.addMessages(chatId, 1, { user_id: emu.botId, buttons: [[{ text: 'Go', data: 'go' }]] })[0];
	return String((await emu.clickButton(msg.id, userId, 'go')).payload.trigger_id);
}

const open = (body: Record<string, unknown>, token = emu.botToken) => api(emu, 'POST', '/views/open', { token, body });
const modal = (triggerId: string, view: Record<string, unknown> = {}) => ({ type: 'modal', trigger_id: triggerId, view: { title: 'Form', blocks: BLOCKS, ...view } });

/** A bot endpoint answering every view.submit with `status` and `body`, or never when `status` is 0. */
async function botAnswering(status: number, body: unknown = {}): Promise<{ url: string; close(): Promise<void> }> {
	const server = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			if (status === 0) return; // holds the request: the emulator's time-out decides
			res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

describe('POST /views/open', () => {
	it('opens the form for the clicking user within 3 s of the click, and answers 410 trigger_expired after', async () => {
		const early = await click();
		// 2 s on the emulator's clock, and what real time the requests take (slow on a busy machine)
		emu.state.clock.advance(2000);
		expect((await open(modal(early))).status).toBe(201);
		expect(emu.openForms(13)).toMatchObject([{ userId: 13, botId: emu.botId, title: 'Form', blocks: BLOCKS, submit_text: 'Отправить' }]);
		const late = await click();
		emu.state.clock.advance(3001);
		const refused = await open(modal(late));
		expect(refused.status).toBe(410);
		expect(refused.json.errors[0]).toMatchObject({ key: 'trigger_id', code: 'trigger_expired' });
	});

	it("refuses another bot's trigger_id and an unknown one (422 trigger_not_found), and a token without views:write (403)", async () => {
		const triggerId = await click();
		const otherBot = emu.createToken({ bot: true, userId: 9050, scopes: BOT_SCOPES });
		expect((await open(modal(triggerId), otherBot)).json.errors[0].code).toBe('trigger_not_found');
		expect((await open(modal('nope'))).status).toBe(422);
		const noScope = emu.createToken({ bot: true, scopes: BOT_SCOPES.filter((s) => s !== 'views:write') });
		expect((await open(modal(triggerId), noScope)).status).toBe(403);
	});

	it.each<[string, Record<string, unknown>, number, string]>([
		['type other than modal', { type: 'page' }, 400, 'type'],
		['view missing', { view: undefined }, 400, 'view'],
		['title over 24', { view: { title: 'x'.repeat(25), blocks: BLOCKS } }, 422, 'view.title'],
		['blank title', { view: { title: ' ', blocks: BLOCKS } }, 422, 'view.title'],
		['101 blocks', { view: { title: 'F', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) } }, 422, 'view.blocks'],
		['unknown block type', { view: { title: 'F', blocks: [{ type: 'slider' }] } }, 400, 'view.blocks.0.type'],
		['min_length above max_length', { view: { title: 'F', blocks: [{ ...BLOCKS[0], max_length: 2 }] } }, 422, 'view.blocks.0.min_length'],
		['11 checkbox options', { view: { title: 'F', blocks: [{ type: 'checkbox', name: 'c', label: 'C', options: Array.from({ length: 11 }, (_, i) => ({ text: 't', value: `${i}` })) }] } }, 422, 'view.blocks.0.options'],
		['bad initial_time', { view: { title: 'F', blocks: [{ type: 'time', name: 't', label: 'T', initial_time: '9:00' }] } }, 422, 'view.blocks.0.initial_time'],
		['private_metadata over 3000', { private_metadata: 'x'.repeat(3001) }, 422, 'private_metadata'],
	])('%s: refused with the key named, nothing opened', async (_case, change, status, key) => {
		const res = await open({ ...modal(await click()), ...change });
		expect(res.status).toBe(status);
		expect(res.json.errors[0].key).toBe(key);
		expect(emu.openForms()).toHaveLength(0);
	});
});

describe('submitting a form as a user', () => {
	async function openedForm(): Promise<number> {
		expect((await open({ ...modal(await click()), callback_id: 'cb', private_metadata: '{"a":1}' })).status).toBe(201);
		return emu.openForms(13)[0].id;
	}

	it('sends one signed view.submit and closes the form on 200', async () => {
		const bot = await botAnswering(200);
		emu.setBotWebhook(emu.botId, bot.url);
		const viewId = await openedForm();
		expect(await emu.submitForm(viewId, 13, { reason: 'Because' })).toEqual({ outcome: 'closed', status: 200 });
		const submit = emu.deliveries.filter((d) => d.kind === 'view.submit');
		expect(submit).toHaveLength(1);
		expect(JSON.parse(submit[0].rawBody)).toMatchObject({ type: 'view', event: 'submit', callback_id: 'cb', private_metadata: '{"a":1}', chat_id: chatId, user_id: 13, data: { reason: 'Because' } });
		expect(emu.openForms()).toHaveLength(0);
		await bot.close();
	});

	it('shows the errors of a 400 answer and keeps the form open', async () => {
		const bot = await botAnswering(400, { errors: { reason: 'Not a reason' } });
		emu.setBotWebhook(emu.botId, bot.url);
		const viewId = await openedForm();
		expect(await emu.submitForm(viewId, 13, { reason: 'Because' })).toEqual({ outcome: 'errors', status: 400, errors: { reason: 'Not a reason' } });
		expect(emu.openForms(13)[0].errors).toEqual({ reason: 'Not a reason' });
		await bot.close();
	});

	it('no answer in time (3 s at Pachca, shortened here) is an error for the user, and the form stays open', async () => {
		const bot = await botAnswering(0);
		emu.setFormAnswerTimeout(150);
		const viewId = await openedForm();
		emu.setBotWebhook(emu.botId, bot.url); // only now: the click itself must not wait on the silent bot
		expect(await emu.submitForm(viewId, 13, { reason: 'Because' })).toEqual({ outcome: 'failed', status: 0, reason: 'The bot did not answer within 150 ms' });
		expect(emu.openForms(13)).toHaveLength(1);
		await bot.close();
	});

	it("checks required fields and lengths in the user's form before sending anything; refuses another user's form", async () => {
		const viewId = await openedForm();
		expect(await emu.submitForm(viewId, 13, { reason: '' })).toEqual({ outcome: 'invalid', errors: { reason: 'Required field' } });
		expect(await emu.submitForm(viewId, 13, { reason: 'ab' })).toEqual({ outcome: 'invalid', errors: { reason: 'At least 3 characters' } });
		await expect(emu.submitForm(viewId, 14, { reason: 'abc' })).rejects.toThrow('User 14 has no open form');
		expect(emu.deliveries.filter((d) => d.kind === 'view.submit')).toHaveLength(0);
	});
});
