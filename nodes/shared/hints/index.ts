// One place that explains Pachca's refusals: by status and scope (every request), by token type (per operation).
export {
	adminScopeHint,
	explainRefusal,
	NEEDS_BOT_TOKEN,
	NEEDS_UNFURL_BOT,
	NEEDS_USER_TOKEN,
	needsBotToken,
	needsOwnerToken,
	needsScope,
} from './refusal';
export type { RefusalHint, ScopeHolders } from './refusal';
export { statusHint } from './status';
