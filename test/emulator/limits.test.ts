import { PachcaEmulator, RATE_LIMIT_RULES, type Chat } from './index';
import { RateLimiter } from './ratelimit';
import { api, sleep } from './helpers';

let emu: PachcaEmulator;
let chat: Chat;

beforeEach(async () => {
	emu = await PachcaEmulator.start();
	chat = emu.addChat({ name: 'Limits' });
});
afterEach(async () => {
	await emu.stop();
});

const send = (content: string, chatId = chat.id) =>
	api(emu, 'POST', '/messages', { token: emu.botToken, body: { message: { entity_id: chatId, content } } });

describe('rate limits', () => {
	it('limits reading messages to 10 per second per token with 429, Retry-After and an ApiError body', async () => {
		const results = await Promise.all(Array.from({ length: 12 }, () => api(emu, 'GET', '/messages', { query: { chat_id: chat.id } })));
		const statuses = results.map((r) => r.status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(10);
		const limited = results.find((r) => r.status === 429)!;
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(limited.json.errors[0]).toMatchObject({ code: 'rate_limit' });
		// Another token has its own budget.
		const other = emu.createToken({ scopes: ['messages:read'] });
		expect((await api(emu, 'GET', '/messages', { token: other, query: { chat_id: chat.id } })).status).toBe(200);
		expect(emu.requests.filter((r) => r.status === 429)).toHaveLength(2);
	});

	it('limits GET /webhooks/events to 5 per 2 seconds', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) statuses.push((await api(emu, 'GET', '/webhooks/events', { token: emu.botToken })).status);
		expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
	});

	it('counts message writes per chat and allows a short burst above 4/s', async () => {
		const other = emu.addChat({ name: 'Other' });
		const statuses: number[] = [];
		for (let i = 0; i < 7; i++) statuses.push((await send(`m${i}`)).status);
		expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429]);
		expect((await send('elsewhere', other.id)).status).toBe(201);
	});

	it('never answers 429 to a client that waits Retry-After', async () => {
		const rule = RATE_LIMIT_RULES.events[0];
		for (let i = 0; i < rule.max; i++) await api(emu, 'GET', '/webhooks/events', { token: emu.botToken });
		const limited = await api(emu, 'GET', '/webhooks/events', { token: emu.botToken });
		expect(limited.status).toBe(429);
		await sleep(Number(limited.headers.get('retry-after')) * 1000);
		expect((await api(emu, 'GET', '/webhooks/events', { token: emu.botToken })).status).toBe(200);
	});

	it('is deterministic: a client pacing 4 writes per second never trips the message limit', () => {
		const limiter = new RateLimiter();
		let t = 1_000_000;
		for (let i = 0; i < 200; i++) {
			expect(limiter.check('messagesWrite', 'tok|chat:1', t)).toEqual({ ok: true });
			t += 250;
		}
		// Bursty but compliant: 4 back to back, then wait a second.
		for (let round = 0; round < 20; round++) {
			for (let i = 0; i < 4; i++) expect(limiter.check('messagesWrite', 'tok|chat:2', t + i).ok).toBe(true);
			t += 1000;
		}
		const decision = limiter.check('other', 'x', t);
		expect(decision.ok).toBe(true);
	});

	it('can be switched off and on', async () => {
		emu.setRateLimits(false);
		const results = await Promise.all(Array.from({ length: 20 }, () => api(emu, 'GET', '/messages', { query: { chat_id: chat.id } })));
		expect(results.every((r) => r.status === 200)).toBe(true);
		emu.setRateLimits(true);
		const again = await Promise.all(Array.from({ length: 11 }, () => api(emu, 'GET', '/messages', { query: { chat_id: chat.id } })));
		expect(again.filter((r) => r.status === 429)).toHaveLength(1);
	});
});

describe('faults, latency and the request log', () => {
	it('answers an injected status once, with Retry-After when given', async () => {
		emu.injectFault({ path: '/chats', kind: 'status', status: 503, retryAfter: '2' });
		const first = await api(emu, 'GET', '/chats');
		expect(first.status).toBe(503);
		expect(first.headers.get('retry-after')).toBe('2');
		expect(first.json.errors[0].code).toBe('unhandled');
		expect((await api(emu, 'GET', '/chats')).status).toBe(200);
	});

	it('matches method and RegExp paths, repeats `times` times, and can be cleared', async () => {
		emu.injectFault({ method: 'POST', path: /^\/messages$/, kind: 'status', status: 429, retryAfter: '1', times: 2 });
		expect((await api(emu, 'GET', '/messages', { query: { chat_id: chat.id } })).status).toBe(200);
		expect((await send('a')).status).toBe(429);
		expect((await send('b')).status).toBe(429);
		expect((await send('c')).status).toBe(201);
		emu.injectFault({ path: '/profile', kind: 'status', status: 500, times: 5 });
		emu.clearFaults();
		expect((await api(emu, 'GET', '/profile')).status).toBe(200);
	});

	it('resets the connection without an answer', async () => {
		emu.injectFault({ path: '/profile', kind: 'reset' });
		await expect(api(emu, 'GET', '/profile')).rejects.toThrow();
		expect(emu.requests[emu.requests.length - 1]).toMatchObject({ path: '/profile', status: 0 });
		expect((await api(emu, 'GET', '/profile')).status).toBe(200);
	});

	it('answers a 502 HTML page', async () => {
		emu.injectFault({ path: '/profile', kind: 'html' });
		const res = await api(emu, 'GET', '/profile');
		expect(res.status).toBe(502);
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		expect(res.text).toContain('<html>');
	});

	it('delays answers by latencyMs', async () => {
		emu.setLatency(150);
		const t0 = Date.now();
		expect((await api(emu, 'GET', '/profile')).status).toBe(200);
		expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
	});

	it('logs method, path without prefix, query, headers, body, status and time', async () => {
		const before = Date.now();
		await api(emu, 'GET', '/messages', { query: { chat_id: chat.id, limit: 5 } });
		await send('logged');
		const [get, postReq] = emu.requests;
		expect(get).toMatchObject({ method: 'GET', path: '/messages', query: { chat_id: String(chat.id), limit: '5' }, status: 200, body: undefined });
		expect(get.headers.authorization).toBe(`Bearer ${emu.userToken}`);
		expect(get.at).toBeGreaterThanOrEqual(before);
		expect(postReq).toMatchObject({ method: 'POST', path: '/messages', status: 201, body: { message: { entity_id: chat.id, content: 'logged' } } });
		emu.clearRequests();
		expect(emu.requests).toHaveLength(0);
	});
});
