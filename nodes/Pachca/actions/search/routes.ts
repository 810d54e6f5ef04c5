import type { Route } from '../../../shared/transport';

/** Every endpoint the Search resource calls, with the scope the spec's x-requirements give it. */
export const SEARCH_ROUTES = {
	messages: { method: 'GET', path: '/search/messages', limitClass: 'default', scope: 'search:messages' },
	chats: { method: 'GET', path: '/search/chats', limitClass: 'default', scope: 'search:chats' },
	users: { method: 'GET', path: '/search/users', limitClass: 'default', scope: 'search:users' },
} satisfies Record<string, Route>;
