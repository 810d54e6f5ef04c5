// Public entry point of the Pachca emulator.
export { PachcaEmulator, type EmitOptions } from './emulator';
export { EmulatorState, SEED, type PaginationQuirk } from './state';
export { WEBHOOK_KINDS, buildWebhookPayload, type WebhookKind } from './payloads';
export { signBody, DELIVERY } from './webhooks';
export { RATE_LIMIT_RULES, STRICT_RATE_LIMIT_RULES, RATE_LIMIT_GRACE_MS, type Bucket, type BucketRule } from './ratelimit';
export { BUTTON_LIMITS } from './validation';
export { MAX_LIMIT, DEFAULT_LIMIT } from './pagination';
export { API_PREFIX } from './server';
export { BOT_SCOPES, USER_SCOPES, ALL_SCOPES } from './scopes';
export type {
	BotRecord,
	BotWebhook,
	Button,
	Chat,
	Delivery,
	EmitResult,
	EmulatorOptions,
	Fault,
	HistoryEvent,
	LinkPreview,
	LoggedRequest,
	Message,
	Thread,
	TokenRecord,
	User,
} from './types';
