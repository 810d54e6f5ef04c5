import { PachcaEmulator, RATE_LIMIT_RULES, STRICT_RATE_LIMIT_RULES, type Chat } from './index';
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

/**
 * The documented bursts with next to no refill: however slowly a busy machine sends a burst, no request
 * of it gets through by time passing (the refill rates are checked on the limiter's own clock below).
 */
async function restartWithoutRefill(): Promise<void> {
	await emu.stop();
	const rules = Object.fromEntries(Object.entries(RATE_LIMIT_RULES).map(([bucket, rule]) => [bucket, { ...rule, perSecond: 0.001 }]));
	emu = await PachcaEmulator.start({ rateLimitRules: rules as typeof RATE_LIMIT_RULES });
	chat = emu.addChat({ name: 'Limits' });
}

const send = (content: string, chatId = chat.id) =>
	api(emu, 'POST', '/messages', { token: emu.botToken, body: { message: { entity_id: chatId, content } } });

describe('rate limits', () => {
	it('limits reading messages to a burst of 10 per token with 429, Retry-After and an ApiError body', async () => {
		await restartWithoutRefill();
		const results = await Promise.all(Array.from({ length: 15 }, () => api(emu, 'GET', '/messages', { query: { chat_id: chat.id } })));
		const statuses = results.map((r) => r.status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(10);
		const limited = results.find((r) => r.status === 429)!;
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(limited.json.errors[0]).toMatchObject({ code: 'rate_limit' });
		// Another token has its own budget.
		const other = emu.createToken({ scopes: ['messages:read'] });
		expect((await api(emu, 'GET', '/messages', { token: other, query: { chat_id: chat.id } })).status).toBe(200);
		expect(emu.requests.filter((r) => r.status === 429)).toHaveLength(statuses.filter((s) => s === 429).length);
	});

	it('limits GET /webhooks/events to a burst of 5, refilled at 2.5 per second', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) statuses.push((await api(emu, 'GET', '/webhooks/events', { token: emu.botToken })).status);
		expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
	});

	it('counts message writes per chat: a burst of 20, then 429', async () => {
		await restartWithoutRefill();
		const other = emu.addChat({ name: 'Other' });
		const statuses = await Promise.all(Array.from({ length: 21 }, (_, i) => send(`m${i}`).then((r) => r.status)));
		expect(statuses.filter((s) => s === 201)).toHaveLength(20);
		expect(statuses.filter((s) => s === 429)).toHaveLength(1);
		expect((await send('elsewhere', other.id)).status).toBe(201);
	});

	it('never answers 429 to a client that waits Retry-After', async () => {
		const rule = RATE_LIMIT_RULES.events;
		for (let i = 0; i < rule.burst; i++) await api(emu, 'GET', '/webhooks/events', { token: emu.botToken });
		const limited = await api(emu, 'GET', '/webhooks/events', { token: emu.botToken });
		expect(limited.status).toBe(429);
		await sleep(Number(limited.headers.get('retry-after')) * 1000);
		expect((await api(emu, 'GET', '/webhooks/events', { token: emu.botToken })).status).toBe(200);
	});

	it('is a token bucket: the burst, then exactly the sustained rate, and nothing above it', () => {
		const limiter = new RateLimiter();
		let t = 1_000_000;
		for (let i = 0; i < 20; i++) expect(limiter.check('messagesWrite', 'tok|chat:1', t).ok).toBe(true);
		expect(limiter.check('messagesWrite', 'tok|chat:1', t).ok).toBe(false);
		// Refilled at 4/s: one request every 250 ms is accepted, one more in between is not.
		for (let i = 0; i < 200; i++) {
			t += 250;
			expect(limiter.check('messagesWrite', 'tok|chat:1', t)).toEqual({ ok: true });
			expect(limiter.check('messagesWrite', 'tok|chat:1', t + 100)).toEqual({ ok: false, retryAfterSec: 1 });
		}
		// A quiet 5 s refills the whole burst.
		t += 5000;
		for (let i = 0; i < 20; i++) expect(limiter.check('messagesWrite', 'tok|chat:1', t).ok).toBe(true);
		expect(limiter.check('other', 'x', t).ok).toBe(true);
	});

	it('can be made stricter than the docs: 3 per second, burst 10', () => {
		const limiter = new RateLimiter(STRICT_RATE_LIMIT_RULES);
		let t = 1_000_000;
		for (let i = 0; i < 10; i++) expect(limiter.check('messagesWrite', 'k', t).ok).toBe(true);
		expect(limiter.check('messagesWrite', 'k', t).ok).toBe(false);
		t += 334;
		expect(limiter.check('messagesWrite', 'k', t).ok).toBe(true);
		expect(limiter.check('messagesWrite', 'k', t + 250).ok).toBe(false);
	});

	it('can be switched off and on', async () => {
		emu.setRateLimits(false);
		const results = await Promise.all(Array.from({ length: 20 }, () => api(emu, 'GET', '/messages', { query: { chat_id: chat.id } })));
		expect(results.every((r) => r.status === 200)).toBe(true);
		emu.setRateLimits(true);
		const again = await Promise.all(Array.from({ length: 15 }, () => api(emu, 'GET', '/messages', { query: { chat_id: chat.id } })));
		expect(again.filter((r) => r.status === 429).length).toBeGreaterThan(0);
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
