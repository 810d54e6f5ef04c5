import type { Route } from '../../../shared/transport';

/** Every endpoint the Chat Export resource calls, with the scope and plan of the spec's x-requirements. */
export const CHAT_EXPORT_ROUTES = {
	request: { method: 'POST', path: '/chats/exports', limitClass: 'default', scope: 'chat_exports:write', plan: 'corporation' },
	download: { method: 'GET', path: '/chats/exports/{id}', limitClass: 'default', scope: 'chat_exports:read', plan: 'corporation' },
} satisfies Record<string, Route>;
