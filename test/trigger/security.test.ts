import { createHmac } from 'node:crypto';

import type { WebhookSecurityConfig } from '../../nodes/shared/webhookSecurity';
import {
	checkSignature,
	checkTimestamp,
	DedupeCache,
	dedupeCacheFor,
	DEDUPE_TTL_MS,
	dedupeTtlMs,
	IN_PROGRESS_RETRY_AFTER_SECONDS,
	MAX_REPLAY_WINDOW_SECONDS,
	parseAllowlist,
	payloadFingerprint,
	stableStringify,
	verifyWebhook,
} from '../../nodes/shared/webhookSecurity';

const SECRET = 'test-signing-secret';
const sign = (body: Buffer | string) => createHmac('sha256', SECRET).update(body).digest('hex');
const NOW = 1_760_000_000_000;

describe('checkSignature', () => {
	const body = Buffer.from('{"type":"message","content":"Привет"}');

	it('accepts the HMAC-SHA256 hex of the exact bytes, in either letter case', () => {
		expect(checkSignature(body, sign(body), SECRET)).toBe('valid');
		expect(checkSignature(body, sign(body).toUpperCase(), SECRET)).toBe('valid');
	});

	it('refuses a signature of other bytes: re-serialised JSON, other spacing, escaped characters', () => {
		const parsed = JSON.parse(body.toString('utf8'));
		expect(checkSignature(body, sign(JSON.stringify(parsed, null, 1)), SECRET)).toBe('mismatch');
		expect(checkSignature(body, sign('{"type":"message","content":"\\u041f\\u0440\\u0438\\u0432\\u0435\\u0442"}'), SECRET)).toBe('mismatch');
		expect(checkSignature(body, createHmac('sha256', 'other').update(body).digest('hex'), SECRET)).toBe('mismatch');
	});

	it('tells a missing header from a malformed one', () => {
		expect(checkSignature(body, undefined, SECRET)).toBe('missing');
		expect(checkSignature(body, '', SECRET)).toBe('missing');
		expect(checkSignature(body, 'abc', SECRET)).toBe('malformed');
		expect(checkSignature(body, `${sign(body)}00`, SECRET)).toBe('malformed');
		expect(checkSignature(body, `sha256=${sign(body)}`, SECRET)).toBe('malformed');
		expect(checkSignature(body, 'z'.repeat(64), SECRET)).toBe('malformed');
		expect(checkSignature(body, [sign(body), sign(body)], SECRET)).toBe('malformed');
	});
});

describe('checkTimestamp', () => {
	it('accepts ±window seconds and refuses beyond', () => {
		const now = NOW / 1000;
		expect(checkTimestamp(now - 60, NOW, 60)).toBe('ok');
		expect(checkTimestamp(now + 60, NOW, 60)).toBe('ok');
		expect(checkTimestamp(now - 61, NOW, 60)).toBe('outside');
		expect(checkTimestamp(now + 61, NOW, 60)).toBe('outside');
		expect(checkTimestamp(now - 3600, NOW, 0)).toBe('ok');
	});

	it('counts anything but a number as missing', () => {
		expect(checkTimestamp(undefined, NOW, 60)).toBe('missing');
		expect(checkTimestamp(String(NOW / 1000), NOW, 60)).toBe('missing');
		expect(checkTimestamp(Number.NaN, NOW, 60)).toBe('missing');
	});
});

describe('dedupe', () => {
	it('canonicalises key order and ignores webhook_timestamp', () => {
		expect(stableStringify({ b: [2, { d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[2,{"c":null,"d":1}]}');
		const a = payloadFingerprint({ type: 'message', id: 1, webhook_timestamp: 1 });
		expect(payloadFingerprint({ webhook_timestamp: 2, id: 1, type: 'message' })).toBe(a);
		expect(payloadFingerprint({ type: 'message', id: 2, webhook_timestamp: 1 })).not.toBe(a);
	});

	it('remembers for the TTL, then forgets', () => {
		const cache = new DedupeCache(1000, 10);
		expect(cache.admit('a', 0)).toBe('new');
		cache.complete('a', 0);
		expect(cache.admit('a', 999)).toBe('done');
		expect(cache.admit('a', 1000)).toBe('new');
		cache.forget('a');
		expect(cache.admit('a', 1001)).toBe('new');
	});

	it('tells an event still in progress from a done one; a failed attempt forgets it', () => {
		const cache = new DedupeCache(1000, 10);
		expect(cache.admit('a', 0)).toBe('new');
		expect(cache.admit('a', 1)).toBe('inProgress');
		cache.forget('a');
		expect(cache.admit('a', 2)).toBe('new');
		cache.complete('a', 3);
		expect(cache.admit('a', 4)).toBe('done');
		// remembered from completion on
		expect(cache.admit('a', 1002)).toBe('done');
		expect(cache.admit('a', 1003)).toBe('new');
	});

	it('holds at most maxEntries of handled events, evicting the oldest', () => {
		const cache = new DedupeCache(60_000, 3);
		for (const key of ['a', 'b', 'c', 'd']) {
			expect(cache.admit(key, 1)).toBe('new');
			cache.complete(key, 1);
		}
		expect(cache.size).toBe(3);
		expect(cache.admit('a', 2)).toBe('new'); // evicted
		expect(cache.admit('d', 2)).toBe('done');
	});

	it('remembers events for at least twice the replay window', () => {
		expect(dedupeTtlMs(60)).toBe(DEDUPE_TTL_MS);
		expect(dedupeTtlMs(0)).toBe(DEDUPE_TTL_MS);
		expect(dedupeTtlMs(900)).toBe(1_800_000);
		expect(dedupeTtlMs(MAX_REPLAY_WINDOW_SECONDS)).toBe(2 * MAX_REPLAY_WINDOW_SECONDS * 1000);
		expect(dedupeCacheFor('wf-ttl', 'n-1', dedupeTtlMs(900)).ttlMs).toBe(1_800_000);
		// the settings may change between activations: the same cache takes the new TTL
		expect(dedupeCacheFor('wf-ttl', 'n-1', dedupeTtlMs(60)).ttlMs).toBe(DEDUPE_TTL_MS);
	});

	it('keeps one cache per workflow and node', () => {
		expect(dedupeCacheFor('wf-1', 'n-1')).toBe(dedupeCacheFor('wf-1', 'n-1'));
		expect(dedupeCacheFor('wf-1', 'n-1')).not.toBe(dedupeCacheFor('wf-1', 'n-2'));
		expect(dedupeCacheFor('wf-1', 'n-1')).not.toBe(dedupeCacheFor('wf-2', 'n-1'));
	});
});

describe('verifyWebhook (order of checks)', () => {
	const config = (overrides: Partial<WebhookSecurityConfig> = {}): WebhookSecurityConfig => ({
		allowedRanges: parseAllowlist('10.0.0.0/8').ranges,
		trustedProxies: 0,
		signingSecret: SECRET,
		replayWindowSeconds: 60,
		...overrides,
	});
	const request = (body: string, headers: Record<string, string> = {}, remoteAddress = '10.1.1.1') => ({
		rawBody: Buffer.from(body),
		headers: { 'pachca-signature': sign(body), ...headers },
		remoteAddress,
	});
	const fresh = JSON.stringify({ type: 'message', event: 'new', webhook_timestamp: NOW / 1000 });

	it('checks the IP first, then the signature, then the body, then the timestamp', () => {
		expect(verifyWebhook(request('not json', { 'pachca-signature': 'bad' }, '11.1.1.1'), config(), NOW)).toMatchObject({ status: 403 });
		expect(verifyWebhook(request('not json', { 'pachca-signature': 'bad' }), config(), NOW)).toMatchObject({ status: 401 });
		expect(verifyWebhook(request('not json'), config(), NOW)).toMatchObject({ status: 400 });
		expect(verifyWebhook(request('[1,2]'), config(), NOW)).toMatchObject({ status: 400 });
		const stale = JSON.stringify({ type: 'message', webhook_timestamp: NOW / 1000 - 61 });
		expect(verifyWebhook(request(stale), config(), NOW)).toMatchObject({ status: 401, reason: expect.stringContaining('window') });
		expect(verifyWebhook(request('{"type":"message"}'), config(), NOW)).toMatchObject({ status: 401, reason: 'Missing webhook_timestamp' });
		expect(verifyWebhook(request(fresh), config(), NOW)).toMatchObject({ ok: true, payload: { type: 'message' } });
	});

	it('without a secret skips the signature and accepts a missing timestamp, but not a stale one', () => {
		const open = config({ signingSecret: '', allowedRanges: [] });
		expect(verifyWebhook(request('{"type":"message"}', { 'pachca-signature': 'x' }), open, NOW)).toMatchObject({ ok: true });
		const stale = JSON.stringify({ webhook_timestamp: NOW / 1000 - 3600 });
		expect(verifyWebhook(request(stale), open, NOW)).toMatchObject({ status: 401 });
	});

	it('answers a repeat of a done event as a duplicate, and of one in progress with 503 and Retry-After', () => {
		const dedupe = new DedupeCache();
		const first = JSON.stringify({ type: 'message', id: 7, webhook_timestamp: NOW / 1000 - 5 });
		const retry = JSON.stringify({ type: 'message', id: 7, webhook_timestamp: NOW / 1000 });
		const admitted = verifyWebhook(request(first), config({ dedupe }), NOW);
		expect(admitted).toMatchObject({ ok: true, fingerprint: expect.any(String) });
		expect(verifyWebhook(request(retry), config({ dedupe }), NOW)).toEqual({
			ok: false, status: 503, retryAfterSeconds: IN_PROGRESS_RETRY_AFTER_SECONDS, reason: expect.any(String),
		});
		dedupe.complete((admitted as { fingerprint: string }).fingerprint, NOW);
		expect(verifyWebhook(request(retry), config({ dedupe }), NOW)).toEqual({
			ok: false, status: 200, duplicate: true, reason: expect.any(String),
		});
	});

	it('with a long replay window, a captured delivery replayed after 10 minutes is still a duplicate', () => {
		const dedupe = dedupeCacheFor('wf-replay', 'n-1', dedupeTtlMs(3600));
		const window = config({ dedupe, replayWindowSeconds: 3600 });
		const captured = request(JSON.stringify({ type: 'message', id: 9, webhook_timestamp: NOW / 1000 }));
		const admitted = verifyWebhook(captured, window, NOW);
		dedupe.complete((admitted as { fingerprint: string }).fingerprint, NOW);
		const elevenMinutesLater = NOW + 11 * 60 * 1000;
		expect(verifyWebhook(captured, window, elevenMinutesLater)).toMatchObject({ status: 200, duplicate: true });
		const almostTwoHoursLater = NOW + 7199 * 1000;
		// outside the window by then, so the timestamp check refuses it
		expect(verifyWebhook(captured, window, almostTwoHoursLater)).toMatchObject({ status: 401 });
	});

	it('believes X-Forwarded-For only from the configured proxy addresses', () => {
		const body = request(fresh, { 'x-forwarded-for': '10.9.9.9' }, '192.0.2.1');
		expect(verifyWebhook(body, config({ trustedProxies: 1 }), NOW)).toMatchObject({ status: 403 });
		const proxies = parseAllowlist('192.0.2.0/24').ranges;
		expect(verifyWebhook(body, config({ trustedProxies: 1, trustedProxyRanges: proxies }), NOW)).toMatchObject({ ok: true });
	});
});
