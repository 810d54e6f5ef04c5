// Scope catalog from the spec's OAuthScope enum and its x-scope-roles.

type Role = 'owner' | 'admin' | 'user' | 'bot';

const ALL: Role[] = ['owner', 'admin', 'user', 'bot'];
const STAFF: Role[] = ['owner', 'admin'];

export const SCOPE_ROLES: Record<string, Role[]> = {
	'chats:read': ALL,
	'chats:create': ALL,
	'chats:update': ALL,
	'chats:archive': ALL,
	'chats:leave': ALL,
	'chat_members:read': ALL,
	'chat_members:write': ALL,
	'chat_exports:read': ['owner'],
	'chat_exports:write': ['owner'],
	'messages:read': ALL,
	'messages:create': ALL,
	'messages:update': ALL,
	'messages:delete': ALL,
	'reactions:read': ALL,
	'reactions:write': ALL,
	'pins:write': ALL,
	'threads:read': ALL,
	'threads:create': ALL,
	'link_previews:write': ALL,
	'users:read': ALL,
	'users:create': STAFF,
	'users:update': STAFF,
	'users:delete': STAFF,
	'group_tags:read': ALL,
	'group_tags:write': STAFF,
	'bots:read': ['owner', 'admin', 'user'],
	'bots:write': ['owner', 'admin', 'user'],
	'bot_self:webhook:write': ['bot'],
	'bot_self:write': ['bot'],
	'profile:read': ALL,
	'profile_status:read': ALL,
	'profile_status:write': ALL,
	'profile_avatar:write': ALL,
	'user_status:read': ALL,
	'user_status:write': STAFF,
	'user_avatar:write': STAFF,
	'custom_properties:read': ALL,
	'audit_events:read': ['owner'],
	'tasks:read': ALL,
	'tasks:create': ALL,
	'tasks:update': ALL,
	'tasks:delete': ALL,
	'files:read': ALL,
	'files:write': ALL,
	'uploads:write': ALL,
	'views:write': ALL,
	'webhooks:read': ALL,
	'webhooks:write': ALL,
	'webhooks:events:read': ALL,
	'webhooks:events:delete': ALL,
	'search:users': ALL,
	'search:chats': ALL,
	'search:messages': ALL,
};

export const ALL_SCOPES: string[] = Object.keys(SCOPE_ROLES);

/** Every scope a bot token may hold (roles include `bot`). */
export const BOT_SCOPES: string[] = ALL_SCOPES.filter((s) => SCOPE_ROLES[s].includes('bot'));

/** Every scope a person may hold (all but the bot-only self-management scopes). */
export const USER_SCOPES: string[] = ALL_SCOPES.filter((s) => !(SCOPE_ROLES[s].length === 1 && SCOPE_ROLES[s][0] === 'bot'));
