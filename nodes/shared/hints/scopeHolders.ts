/** A role of the spec's x-scope-roles: whose token may be given a scope. */
export type ScopeRole = 'owner' | 'admin' | 'user' | 'bot';

/** The tokens that may hold a scope: the spec's roles, and how a refusal names those tokens. */
export interface ScopeHolders {
	roles: readonly ScopeRole[];
	tokens: string;
}

const ANY_TOKEN: ScopeHolders = { roles: ['owner', 'admin', 'user', 'bot'], tokens: 'a bot token or a user token' };
const PEOPLE: ScopeHolders = { roles: ['owner', 'admin', 'user'], tokens: 'a user token' };
const ADMINS: ScopeHolders = { roles: ['owner', 'admin'], tokens: 'the personal token of a workspace admin or the owner' };
const OWNER: ScopeHolders = { roles: ['owner'], tokens: "the workspace Owner's personal token" };
const BOTS: ScopeHolders = { roles: ['bot'], tokens: "a bot's own token" };

/** The scopes not every token may hold; test/package/routes.test.ts holds this table to the spec. */
const RESTRICTED: Readonly<Record<string, ScopeHolders>> = {
	'bots:read': PEOPLE,
	'bots:write': PEOPLE,
	'bot_self:write': BOTS,
	'bot_self:webhook:write': BOTS,
	'users:create': ADMINS,
	'users:update': ADMINS,
	'users:delete': ADMINS,
	'user_status:write': ADMINS,
	'user_avatar:write': ADMINS,
	'group_tags:write': ADMINS,
	'chat_exports:read': OWNER,
	'chat_exports:write': OWNER,
	'audit_events:read': OWNER,
};

/** Whose tokens may hold `scope` (any token, a bot's or a person's, unless the spec restricts it). */
export const holdersOf = (scope: string): ScopeHolders => RESTRICTED[scope] ?? ANY_TOKEN;
