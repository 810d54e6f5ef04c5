import type { Route } from '../../../shared/transport';

/** Every endpoint the Chat resource calls, with the scope the spec's x-requirements give it. */
export const CHAT_ROUTES = {
	list: { method: 'GET', path: '/chats', limitClass: 'default', scope: 'chats:read' },
	get: { method: 'GET', path: '/chats/{id}', limitClass: 'default', scope: 'chats:read' },
	create: { method: 'POST', path: '/chats', limitClass: 'default', scope: 'chats:create' },
	update: { method: 'PUT', path: '/chats/{id}', limitClass: 'default', scope: 'chats:update' },
	archive: { method: 'PUT', path: '/chats/{id}/archive', limitClass: 'default', scope: 'chats:archive' },
	unarchive: { method: 'PUT', path: '/chats/{id}/unarchive', limitClass: 'default', scope: 'chats:archive' },
	leave: { method: 'DELETE', path: '/chats/{id}/leave', limitClass: 'default', scope: 'chats:leave' },
} satisfies Record<string, Route>;
