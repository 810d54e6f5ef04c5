import { createHmac, timingSafeEqual } from 'crypto';

/** Pachca's header: hex HMAC-SHA256 of the raw request body with the bot's signing secret. */
export const SIGNATURE_HEADER = 'pachca-signature';

export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'mismatch';

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/**
 * Checks the header against the HMAC of the exact bytes received (never a re-serialisation of the
 * parsed JSON, which would differ in spacing, key order and escapes). The comparison runs in
 * constant time on two 32-byte buffers.
 */
export function checkSignature(rawBody: Buffer, header: unknown, secret: string): SignatureCheck {
	if (header === undefined || header === '') return 'missing';
	// a repeated header arrives as an array: ambiguous, so refused
	if (typeof header !== 'string') return 'malformed';
	const given = header.trim();
	if (!HEX_SHA256.test(given)) return 'malformed';
	const expected = createHmac('sha256', secret).update(rawBody).digest();
	return timingSafeEqual(Buffer.from(given, 'hex'), expected) ? 'valid' : 'mismatch';
}
