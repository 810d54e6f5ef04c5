import { deliveryKey } from '../events/deliveryKey';
import { resolveClientIp } from './clientIp';
import type { DedupeCache } from './dedupe';
import type { IpRange } from './ip';
import { ipAllowed } from './ip';
import { checkTimestamp } from './replay';
import { checkSignature, SIGNATURE_HEADER } from './signature';

export interface IncomingWebhook {
	/** the exact bytes received */
	rawBody: Buffer;
	/** lower-case header names, as node:http gives them */
	headers: Record<string, string | string[] | undefined>;
	/** the socket peer */
	remoteAddress?: string;
}

export interface WebhookSecurityConfig {
	/** parsed allowlist; empty: no IP check */
	allowedRanges: IpRange[];
	/** how many proxies in front of n8n append to X-Forwarded-For; 0: the socket peer is the sender */
	trustedProxies: number;
	/** addresses whose X-Forwarded-For entry is believed; omitted: loopback and private networks */
	trustedProxyRanges?: IpRange[];
	/** empty: no signature check (the user's choice) */
	signingSecret: string;
	/** ± seconds around now that webhook_timestamp may be; 0: no check */
	replayWindowSeconds: number;
	/** omitted: no duplicate detection */
	dedupe?: DedupeCache;
}

export type WebhookVerdict =
	| { ok: true; payload: Record<string, unknown>; fingerprint?: string }
	| { ok: false; status: 400 | 401 | 403; reason: string }
	| { ok: false; status: 200; reason: string; duplicate: true }
	| { ok: false; status: 503; reason: string; retryAfterSeconds: number };

/** Seconds a repeat of an event still being handled is asked to wait (the handling is bounded by seconds). */
export const IN_PROGRESS_RETRY_AFTER_SECONDS = 5;

const reject = (status: 400 | 401 | 403, reason: string): WebhookVerdict => ({ ok: false, status, reason });

const SIGNATURE_REASONS = {
	missing: 'Missing Pachca-Signature header',
	malformed: 'Malformed Pachca-Signature header',
	mismatch: 'Invalid signature',
} as const;

function parseObject(rawBody: Buffer): Record<string, unknown> | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(rawBody.toString('utf8'));
	} catch {
		return undefined; // not JSON: the caller answers 400
	}
	return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
		? (parsed as Record<string, unknown>)
		: undefined;
}

/**
 * Every check a Pachca webhook passes before it may start a workflow, in this order: sender IP (403),
 * signature of the raw bytes (401), JSON object body (400), webhook_timestamp window (401), and
 * duplicate delivery (200 without a run; 503 while the first delivery is still being handled, since
 * it may yet fail and need this retry). The body is parsed before the timestamp check only
 * because the timestamp lives in it; an unsigned or forged body is refused before it is parsed.
 */
export function verifyWebhook(
	request: IncomingWebhook,
	config: WebhookSecurityConfig,
	nowMs: number,
): WebhookVerdict {
	if (config.allowedRanges.length > 0) {
		const sender = resolveClientIp(
			request.remoteAddress,
			request.headers['x-forwarded-for'],
			config.trustedProxies,
			config.trustedProxyRanges,
		);
		if (!ipAllowed(sender, config.allowedRanges)) {
			// Named so that a user behind a proxy can copy its address into Trusted Proxy Addresses.
			const via = sender === request.remoteAddress ? '' : ` via ${request.remoteAddress ?? 'unknown'}`;
			return reject(403, `Sender IP ${sender ?? 'unknown'}${via} is not allowed`);
		}
	}

	const secret = config.signingSecret;
	if (secret !== '') {
		const signature = checkSignature(request.rawBody, request.headers[SIGNATURE_HEADER], secret);
		if (signature !== 'valid') return reject(401, SIGNATURE_REASONS[signature]);
	}

	const payload = parseObject(request.rawBody);
	if (!payload) return reject(400, 'Body is not a JSON object');

	const timestamp = checkTimestamp(payload.webhook_timestamp, nowMs, config.replayWindowSeconds);
	// Unsigned requests cannot prove their timestamp anyway: without a secret only a present one is checked.
	if (timestamp === 'outside' || (timestamp === 'missing' && secret !== '')) {
		return reject(401, timestamp === 'missing' ? 'Missing webhook_timestamp' : 'webhook_timestamp is outside the allowed window');
	}

	if (!config.dedupe) return { ok: true, payload };
	const fingerprint = deliveryKey(payload);
	const admission = config.dedupe.admit(fingerprint, nowMs);
	if (admission === 'done') {
		return { ok: false, status: 200, reason: 'Duplicate delivery: already processed', duplicate: true };
	}
	if (admission === 'inProgress') {
		return {
			ok: false,
			status: 503,
			reason: 'An earlier delivery of this event is still being handled',
			retryAfterSeconds: IN_PROGRESS_RETRY_AFTER_SECONDS,
		};
	}
	return { ok: true, payload, fingerprint };
}
