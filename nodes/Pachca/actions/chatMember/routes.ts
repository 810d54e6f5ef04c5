import type { Route } from '../../../shared/transport';

/** Every endpoint the Chat Member resource calls, with the scope the spec's x-requirements give it. */
export const CHAT_MEMBER_ROUTES = {
	list: { method: 'GET', path: '/chats/{id}/members', limitClass: 'default', scope: 'chat_members:read' },
	add: { method: 'POST', path: '/chats/{id}/members', limitClass: 'default', scope: 'chat_members:write' },
	remove: { method: 'DELETE', path: '/chats/{id}/members/{user_id}', limitClass: 'default', scope: 'chat_members:write' },
	updateRole: { method: 'PUT', path: '/chats/{id}/members/{user_id}', limitClass: 'default', scope: 'chat_members:write' },
	addGroupTags: { method: 'POST', path: '/chats/{id}/group_tags', limitClass: 'default', scope: 'chat_members:write' },
	removeGroupTag: { method: 'DELETE', path: '/chats/{id}/group_tags/{tag_id}', limitClass: 'default', scope: 'chat_members:write' },
} satisfies Record<string, Route>;
