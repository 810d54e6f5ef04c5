import { PachcaEmulator, type Chat } from './index';
import { api, type Json } from './helpers';

let emu: PachcaEmulator;
let chat: Chat;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	chat = emu.addChat({ name: 'General', memberIds: [13] });
});
afterEach(async () => {
	await emu.stop();
});

const post = (content: unknown, extra: Record<string, unknown> = {}, token?: string) =>
	api(emu, 'POST', '/messages', { token, body: { message: { entity_id: chat.id, content, ...extra } } });

describe('auth', () => {
	it('answers 401 OAuthError without a token or with an unknown one, and logs the request', async () => {
		const none = await api(emu, 'GET', '/profile', { token: null });
		expect(none.status).toBe(401);
		expect(none.json).toEqual({ error: 'invalid_token', error_description: expect.any(String) });
		const bad = await api(emu, 'GET', '/profile', { token: 'nope' });
		expect(bad.status).toBe(401);
		expect(bad.json.error).toBe('invalid_token');
		expect(emu.requests.map((r) => [r.path, r.status])).toEqual([['/profile', 401], ['/profile', 401]]);
	});

	it('answers 403 insufficient_scope when the token lacks the method scope', async () => {
		const token = emu.createToken({ scopes: ['chats:read'] });
		const res = await api(emu, 'GET', '/messages', { token, query: { chat_id: chat.id } });
		expect(res.status).toBe(403);
		expect(res.json).toEqual({ error: 'insufficient_scope', error_description: expect.stringContaining('messages:read') });
		expect((await api(emu, 'GET', '/chats', { token })).status).toBe(200);
	});

	it('keeps bot-only and user-only rules: bots lack bots:read, users cannot self-register a webhook', async () => {
		expect((await api(emu, 'GET', '/bots', { token: emu.botToken })).status).toBe(403);
		const self = await api(emu, 'PUT', '/bot/webhook', { body: { webhook: { outgoing_url: 'https://x.test/h' } } });
		expect(self.status).toBe(403);
		expect(self.json.error).toBe('insufficient_scope');
		const events = await api(emu, 'GET', '/webhooks/events');
		expect(events.status).toBe(403);
	});

	it('reports token info masked, with name null for bot tokens', async () => {
		const bot = await api(emu, 'GET', '/oauth/token/info', { token: emu.botToken });
		expect(bot.status).toBe(200);
		expect(bot.json.data).toMatchObject({ name: null, user_id: emu.botId, revoked_at: null, expires_in: null });
		expect(bot.json.data.token).toBe(`${emu.botToken.slice(0, 8)}...${emu.botToken.slice(-4)}`);
		expect(bot.json.data.scopes).toContain('bot_self:webhook:write');
		expect(bot.json.data.scopes).not.toContain('bots:read');
		const user = await api(emu, 'GET', '/oauth/token/info');
		expect(typeof user.json.data.name).toBe('string');
		expect(user.json.data.scopes).toContain('bots:write');
	});

	it('returns the profile with bot: true for the bot token', async () => {
		expect((await api(emu, 'GET', '/profile', { token: emu.botToken })).json.data).toMatchObject({ id: emu.botId, bot: true });
		expect((await api(emu, 'GET', '/profile')).json.data).toMatchObject({ id: emu.userId, bot: false, role: 'admin' });
	});
});

describe('messages', () => {
	it('creates, reads, edits and deletes a message', async () => {
		const created = await post('Hello', { buttons: [[{ text: 'Open', url: 'https://example.org' }, { text: 'Yes', data: 'yes' }]] });
		expect(created.status).toBe(201);
		const msg = created.json.data;
		expect(msg).toMatchObject({ entity_type: 'discussion', entity_id: chat.id, chat_id: chat.id, root_chat_id: chat.id, content: 'Hello', user_id: emu.userId, thread: null, deleted_at: null });
		expect(msg).not.toHaveProperty('display_name');
		expect((await api(emu, 'GET', `/messages/${msg.id}`)).json.data.content).toBe('Hello');
		const edited = await api(emu, 'PUT', `/messages/${msg.id}`, { body: { message: { content: 'Edited', buttons: [] } } });
		expect(edited.json.data).toMatchObject({ content: 'Edited', buttons: null });
		const del = await api(emu, 'DELETE', `/messages/${msg.id}`);
		expect(del.status).toBe(204);
		expect(del.text).toBe('');
		const after = await api(emu, 'GET', `/messages/${msg.id}`);
		expect(after.status).toBe(200);
		expect(after.json.data).toMatchObject({ content: '', files: [], deleted_at: expect.any(String) });
		expect((await api(emu, 'GET', '/messages', { query: { chat_id: chat.id } })).json.data).toEqual([]);
		expect((await api(emu, 'DELETE', `/messages/${msg.id}`)).status).toBe(404);
	});

	it('keeps display_name only for bot tokens', async () => {
		const res = await post('From bot', { display_name: 'Support' }, emu.botToken);
		expect(res.json.data).toMatchObject({ user_id: emu.botId, display_name: 'Support', display_avatar_url: null });
	});

	it('sends a direct message by user id into one personal chat', async () => {
		const a = await api(emu, 'POST', '/messages', { token: emu.botToken, body: { message: { entity_type: 'user', entity_id: 13, content: 'Hi' } } });
		const b = await api(emu, 'POST', '/messages', { token: emu.botToken, body: { message: { entity_type: 'USER', entity_id: 13, content: 'Again' } } });
		expect(a.status).toBe(201);
		expect(a.json.data).toMatchObject({ entity_type: 'user', entity_id: 13 });
		expect(b.json.data.chat_id).toBe(a.json.data.chat_id);
		expect(emu.state.chats.get(a.json.data.chat_id)).toMatchObject({ personal: true, member_ids: [emu.botId, 13] });
	});

	it('creates a thread once and posts comments by thread id or thread chat id', async () => {
		const [root] = emu.addMessages(chat.id, 1);
		const t1 = await api(emu, 'POST', `/messages/${root.id}/thread`, { token: emu.botToken });
		const t2 = await api(emu, 'POST', `/messages/${root.id}/thread`);
		expect(t1.status).toBe(201);
		expect(t1.json.data).toMatchObject({ message_id: root.id, message_chat_id: chat.id });
		expect(t2.json.data).toEqual(t1.json.data);
		const { id: threadId, chat_id: threadChat } = t1.json.data;
		const byThread = await api(emu, 'POST', '/messages', { body: { message: { entity_type: 'thread', entity_id: threadId, content: 'c1' } } });
		const byChat = await api(emu, 'POST', '/messages', { body: { message: { entity_id: threadChat, content: 'c2' } } });
		for (const r of [byThread, byChat]) {
			expect(r.json.data).toMatchObject({ entity_type: 'thread', entity_id: threadId, chat_id: threadChat, root_chat_id: chat.id });
		}
		expect((await api(emu, 'GET', `/messages/${root.id}`)).json.data.thread).toEqual({ id: threadId, chat_id: threadChat });
		const nested = await api(emu, 'POST', `/messages/${byThread.json.data.id}/thread`);
		expect(nested.status).toBe(400);
		expect(nested.json.errors[0].code).toBe('thread_message');
	});

	it('pins and unpins with 204', async () => {
		const [m] = emu.addMessages(chat.id, 1);
		expect((await api(emu, 'POST', `/messages/${m.id}/pin`, { token: emu.botToken })).status).toBe(204);
		expect(emu.state.pins.has(m.id)).toBe(true);
		expect((await api(emu, 'DELETE', `/messages/${m.id}/pin`, { token: emu.botToken })).status).toBe(204);
		expect(emu.state.pins.has(m.id)).toBe(false);
		expect((await api(emu, 'POST', '/messages/99999999/pin')).status).toBe(404);
	});

	it('stores link previews for URLs of the message on tracked domains only', async () => {
		const [m] = emu.addMessages(chat.id, 1, { content: 'see https://docs.example.com/a and https://other.org/b' });
		const ok = await api(emu, 'POST', `/messages/${m.id}/link_previews`, {
			token: emu.botToken,
			body: { link_previews: { 'https://docs.example.com/a': { title: 'A', description: 'About A' } } },
		});
		expect(ok.status).toBe(204);
		expect(emu.state.linkPreviews.get(m.id)).toEqual({ 'https://docs.example.com/a': { title: 'A', description: 'About A' } });
		const foreign = await api(emu, 'POST', `/messages/${m.id}/link_previews`, {
			token: emu.botToken,
			body: { link_previews: { 'https://other.org/b': { title: 'B', description: 'B' } } },
		});
		expect(foreign.status).toBe(422);
		const asUser = await api(emu, 'POST', `/messages/${m.id}/link_previews`, { body: { link_previews: {} } });
		expect(asUser.status).toBe(403);
	});
});

describe('chats and bots', () => {
	it('gets a chat and hides chats the caller cannot see', async () => {
		expect((await api(emu, 'GET', `/chats/${chat.id}`, { token: emu.botToken })).json.data).toMatchObject({ id: chat.id, name: 'General' });
		const hidden = emu.addChat({ name: 'Secret', botMember: false });
		expect((await api(emu, 'GET', `/chats/${hidden.id}`, { token: emu.botToken })).status).toBe(404);
		const list = await api(emu, 'GET', '/chats', { token: emu.botToken });
		expect(list.json.data.map((c: Chat) => c.id)).toEqual([chat.id]);
	});

	it('reads and edits bots with the admin token; PUT /bot/webhook sets and clears the URL', async () => {
		const list = await api(emu, 'GET', '/bots');
		expect(list.json.data.map((b: { id: number }) => b.id)).toEqual([emu.botId]);
		const put = await api(emu, 'PUT', `/bots/${emu.botId}`, { body: { webhook: { name: 'Renamed', events: ['message_new'] } } });
		expect(put.status).toBe(200);
		expect(put.json.data.webhook).toMatchObject({ name: 'Renamed', events: ['message_new'] });
		const bad = await api(emu, 'PUT', `/bots/${emu.botId}`, { body: { webhook: { events: ['nope'] } } });
		expect(bad.status).toBe(400);
		const set = await api(emu, 'PUT', '/bot/webhook', { token: emu.botToken, body: { webhook: { outgoing_url: 'https://hooks.test/p' } } });
		expect(set.json.data.webhook.outgoing_url).toBe('https://hooks.test/p');
		const cleared = await api(emu, 'PUT', '/bot/webhook', { token: emu.botToken, body: { webhook: { outgoing_url: '' } } });
		expect(cleared.json.data.webhook.outgoing_url).toBeNull();
		expect((await api(emu, 'GET', '/bots/424242')).status).toBe(404);
	});
});

describe('validation', () => {
	const expectError = (res: { status: number; json: Json }, status: number, code: string) => {
		expect(res.status).toBe(status);
		expect(res.json.errors[0]).toEqual({ key: expect.any(String), value: expect.anything(), message: expect.any(String), code, payload: null });
	};
	const row = (n: number, extra: object = { data: 'd' }) => Array.from({ length: n }, (_, i) => ({ text: `b${i}`, ...extra }));

	it('rejects empty content without files (422 blank) but accepts files alone', async () => {
		const res = await post('  ');
		expect(res.status).toBe(422);
		expect(res.json.errors[0]).toMatchObject({ key: 'content', code: 'blank' });
		const upload = emu.seedUpload(['attaches', 'files', '1', 'a.png'].join('/'), emu.userToken);
		const withFile = await post('', { files: [{ key: upload, name: 'a.png', file_type: 'image', size: 10 }] });
		expect(withFile.status).toBe(201);
	});

	it('attaches only files this token uploaded (POST /uploads + direct upload), on create and update', async () => {
		const file = (key: string) => ({ key, name: 'a.txt', file_type: 'file', size: 1 });
		const never = await post('x', { files: [file('attaches/files/1/never/a.txt')] });
		expect(never.status).toBe(422);
		expect(never.json.errors[0]).toMatchObject({ key: 'files.0.key', code: 'not_found' });
		const bots = emu.seedUpload('attaches/files/2/bots/a.txt', emu.botToken);
		const other = await post('x', { files: [file(bots)] });
		expect(other.status).toBe(422);
		expect(other.json.errors[0]).toMatchObject({ key: 'files.0.key', code: 'not_found' });
		const own = emu.seedUpload('attaches/files/1/own/a.txt', emu.userToken);
		const sent = await post('x', { files: [file(own)] });
		expect(sent.status).toBe(201);
		const id = sent.json.data.id as number;
		const put = (files: unknown[]) => api(emu, 'PUT', `/messages/${id}`, { body: { message: { files } } });
		expect((await put([file(own), file(bots)])).status).toBe(422);
		expect((await put([file(own)])).status).toBe(200); // the message's own files may be sent again
		expect(emu.state.messages.get(id)?.files.map((f) => f.key)).toEqual([own]);
	});

	it('answers 404 for unknown chats and messages, 400 for non-numeric ids and a missing wrapper', async () => {
		expectError(await api(emu, 'POST', '/messages', { body: { message: { entity_id: 424242, content: 'x' } } }), 404, 'not_found');
		expectError(await api(emu, 'GET', '/messages/424242'), 404, 'not_found');
		expectError(await api(emu, 'GET', '/messages/abc'), 400, 'invalid');
		expectError(await api(emu, 'GET', '/chats/12x'), 400, 'invalid');
		expectError(await api(emu, 'GET', '/messages', { query: { chat_id: 'x' } }), 400, 'invalid');
		expect((await api(emu, 'GET', '/messages')).status).toBe(400);
		expect((await api(emu, 'POST', '/messages', { body: { content: 'no wrapper' } })).status).toBe(400);
		expect((await api(emu, 'POST', '/messages', { body: '{broken' })).status).toBe(400);
		expectError(await post('x', { entity_type: 'channel' }), 400, 'inclusion');
	});

	it('enforces button limits from the spec', async () => {
		expectError(await post('x', { buttons: Array.from({ length: 13 }, () => row(8)) }), 422, 'too_long'); // 104 buttons
		expect((await post('x', { buttons: [...Array.from({ length: 12 }, () => row(8)), row(4)] })).status).toBe(201); // 100
		expectError(await post('x', { buttons: [row(9)] }), 422, 'too_long');
		expectError(await post('x', { buttons: [[{ text: 'x'.repeat(256), data: 'd' }]] }), 422, 'too_long');
		expect((await post('x', { buttons: [[{ text: 'x'.repeat(255), data: 'd' }]] })).status).toBe(201);
		expectError(await post('x', { buttons: [[{ text: 'both', data: 'd', url: 'https://a.b' }]] }), 422, 'invalid');
		expectError(await post('x', { buttons: [[{ text: 'neither' }]] }), 422, 'invalid');
		expectError(await post('x', { buttons: [[{ text: 'long data', data: 'd'.repeat(256) }]] }), 422, 'too_long');
		expectError(await post('x', { buttons: 'nope' }), 400, 'invalid');
	});

	it('rejects limit outside 1..50 with 400', async () => {
		for (const limit of ['0', '51', 'ten']) {
			expectError(await api(emu, 'GET', '/chats', { query: { limit } }), 400, 'invalid');
		}
		expect((await api(emu, 'GET', '/chats', { query: { limit: 50 } })).status).toBe(200);
	});
});
