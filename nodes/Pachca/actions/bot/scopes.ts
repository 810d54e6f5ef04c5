import type { INodePropertyOptions } from 'n8n-workflow';

// The OAuthScope values whose x-scope-roles include `bot`: the only ones a bot may be given (else 400).
const BOT_SCOPES = [
	'bot_self:webhook:write', 'bot_self:write', 'chat_members:read', 'chat_members:write', 'chats:archive',
	'chats:create', 'chats:leave', 'chats:read', 'chats:update', 'custom_properties:read', 'files:read',
	'files:write', 'group_tags:read', 'link_previews:write', 'messages:create', 'messages:delete',
	'messages:read', 'messages:update', 'pins:write', 'profile:read', 'profile_avatar:write',
	'profile_status:read', 'profile_status:write', 'reactions:read', 'reactions:write', 'search:chats',
	'search:messages', 'search:users', 'tasks:create', 'tasks:delete', 'tasks:read', 'tasks:update',
	'threads:create', 'threads:read', 'uploads:write', 'user_status:read', 'users:read', 'views:write',
	'webhooks:events:delete', 'webhooks:events:read', 'webhooks:read', 'webhooks:write',
];

export const BOT_SCOPE_OPTIONS: INodePropertyOptions[] = BOT_SCOPES.map((scope) => ({ name: scope, value: scope }));
