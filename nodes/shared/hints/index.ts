// One place that explains Pachca's refusals: by status and scope (every request), by token type (per operation).
export { explainRefusal, NEEDS_BOT_TOKEN, NEEDS_UNFURL_BOT, NEEDS_USER_TOKEN, needsBotToken, scopeRefusal } from './refusal';
export type { RefusalHint } from './refusal';
export { holdersOf } from './scopeHolders';
export type { ScopeHolders, ScopeRole } from './scopeHolders';
export { statusHint } from './status';
