// Security checks shared by the Pachca triggers: pure functions plus one orchestrator.
export { forwardedForChain, resolveClientIp, stripPort } from './clientIp';
export {
	DedupeCache,
	dedupeCacheFor,
	DEDUPE_MAX_ENTRIES,
	DEDUPE_TTL_MS,
	payloadFingerprint,
	stableStringify,
} from './dedupe';
export { ipAllowed, parseAllowlist, parseIp, parseIpRange, rangeContains } from './ip';
export type { IpRange, ParsedAllowlist } from './ip';
export { checkTimestamp, DEFAULT_REPLAY_WINDOW_SECONDS } from './replay';
export type { TimestampCheck } from './replay';
export { checkSignature, SIGNATURE_HEADER } from './signature';
export type { SignatureCheck } from './signature';
export { verifyWebhook } from './verify';
export type { IncomingWebhook, WebhookSecurityConfig, WebhookVerdict } from './verify';
