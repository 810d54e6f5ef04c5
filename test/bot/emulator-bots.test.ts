// The emulator's POST /bots and DELETE /bots/{id} answer as the spec defines them (BotCreateRequest,
// BotCreateResponse, ApiError), so the node's tests against it mean something.
import type { PachcaEmulator } from '../emulator';
import { api } from '../emulator/helpers';
import { emulatorPerFile } from '../harness/fixtures/bot';

let emu: PachcaEmulator;
emulatorPerFile((started) => (emu = started));

const create = (webhook: unknown, token?: string) => api(emu, 'POST', '/bots', { token, body: { webhook } });

describe('POST /bots', () => {
	it('201 with the bot, its spec defaults and a working bot token', async () => {
		const res = await create({ name: 'Spec bot', nickname: 'spec_bot' });
		expect(res.status).toBe(201);
		expect(res.json.data).toMatchObject({
			id: expect.any(Number),
			access_token: expect.any(String),
			webhook: { name: 'Spec bot', nickname: 'spec_bot', trigger_on: 'commands', template_engine: 'liquid', link_preview_enabled: true, ignore_self_messages: false, events_history_enabled: false, who_can_add: 'creator', single_chat: false, outgoing_url: null },
		});
		const info = await api(emu, 'GET', '/oauth/token/info', { token: res.json.data.access_token });
		expect(info.json.data).toMatchObject({ name: null, user_id: res.json.data.id });
	});

	it.each([
		['no webhook object', undefined, 400, 'webhook'],
		['no name', { nickname: 'x_bot' }, 400, 'name'],
		['a blank name', { name: ' ' }, 422, 'name'],
		['a name over 255', { name: 'n'.repeat(256) }, 422, 'name'],
		['a nickname without _bot', { name: 'A', nickname: 'abc' }, 422, 'nickname'],
		['an event outside BotEventName', { name: 'A', events: ['view_submit'] }, 400, 'events'],
		['a trigger_on outside the enum', { name: 'A', trigger_on: 'always' }, 400, 'trigger_on'],
		['a scope a bot may not hold', { name: 'A', scopes: ['bots:write'] }, 400, 'scopes'],
		['a non-http outgoing URL', { name: 'A', outgoing_url: 'ftp://x' }, 422, 'outgoing_url'],
	])('%s: ApiError %s on %s, and no bot is created', async (_case, webhook, status, key) => {
		const before = emu.state.bots.size;
		const res = await api(emu, 'POST', '/bots', { body: webhook === undefined ? {} : { webhook } });
		expect(res.status).toBe(status);
		expect(res.json.errors[0]).toMatchObject({ key, message: expect.any(String), code: expect.any(String) });
		expect(emu.state.bots.size).toBe(before);
	});

	it('a taken nickname is 422, and a bot token may not create bots (403 insufficient_scope)', async () => {
		await create({ name: 'First', nickname: 'twin_bot' });
		expect((await create({ name: 'Second', nickname: 'twin_bot' })).status).toBe(422);
		const denied = await create({ name: 'By bot' }, emu.botToken);
		expect(denied.status).toBe(403);
		expect(denied.json.error).toBe('insufficient_scope');
	});
});

describe('DELETE /bots/{id}', () => {
	it('204; then the bot is gone (404) and its token is refused (401)', async () => {
		const created = (await create({ name: 'Short-lived' })).json.data;
		expect((await api(emu, 'DELETE', `/bots/${created.id}`)).status).toBe(204);
		expect((await api(emu, 'GET', `/bots/${created.id}`)).status).toBe(404);
		expect((await api(emu, 'GET', '/oauth/token/info', { token: created.access_token })).status).toBe(401);
	});

	it('404 for a bot the user may not edit', async () => {
		const stranger = emu.createToken({ scopes: ['bots:read', 'bots:write'], userId: 13 });
		const created = (await create({ name: 'Admin only' })).json.data;
		const res = await api(emu, 'DELETE', `/bots/${created.id}`, { token: stranger });
		expect(res.status).toBe(404);
		expect(res.json.errors[0]).toMatchObject({ key: 'id', code: 'not_found' });
	});
});
