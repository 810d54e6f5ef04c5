import type { Route } from '../../../shared/transport';

/** Every endpoint the Reaction resource calls, with the scope the spec's x-requirements give it. */
export const REACTION_ROUTES = {
	add: { method: 'POST', path: '/messages/{id}/reactions', limitClass: 'default', scope: 'reactions:write' },
	remove: { method: 'DELETE', path: '/messages/{id}/reactions', limitClass: 'default', scope: 'reactions:write' },
	list: { method: 'GET', path: '/messages/{id}/reactions', limitClass: 'default', scope: 'reactions:read' },
} satisfies Record<string, Route>;
