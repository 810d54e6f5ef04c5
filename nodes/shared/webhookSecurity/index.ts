// Security checks shared by the Pachca triggers: pure functions plus one orchestrator.
export {
	DEFAULT_TRUSTED_PROXY_ADDRESSES,
	DEFAULT_TRUSTED_PROXY_RANGES,
	forwardedForChain,
	resolveClientIp,
	stripPort,
} from './clientIp';
export {
	DedupeCache,
	dedupeCacheFor,
	dedupeTtlMs,
	DEDUPE_MAX_ENTRIES,
	DEDUPE_TTL_MS,
	payloadFingerprint,
	stableStringify,
} from './dedupe';
export type { Admission } from './dedupe';
export { ipAllowed, parseAllowlist, parseIp, parseIpRange, rangeContains } from './ip';
export type { IpRange, ParsedAllowlist } from './ip';
export { checkTimestamp, DEFAULT_REPLAY_WINDOW_SECONDS, MAX_REPLAY_WINDOW_SECONDS } from './replay';
export type { TimestampCheck } from './replay';
export { checkSignature, SIGNATURE_HEADER } from './signature';
export type { SignatureCheck } from './signature';
export { IN_PROGRESS_RETRY_AFTER_SECONDS, verifyWebhook } from './verify';
export type { IncomingWebhook, WebhookSecurityConfig, WebhookVerdict } from './verify';
