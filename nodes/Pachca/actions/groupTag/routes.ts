import type { Route } from '../../../shared/transport';

/** Every endpoint the Group Tag resource calls, with the scope the spec's x-requirements give it. */
export const GROUP_TAG_ROUTES = {
	list: { method: 'GET', path: '/group_tags', limitClass: 'default', scope: 'group_tags:read' },
	get: { method: 'GET', path: '/group_tags/{id}', limitClass: 'default', scope: 'group_tags:read' },
	create: { method: 'POST', path: '/group_tags', limitClass: 'default', scope: 'group_tags:write' },
	update: { method: 'PUT', path: '/group_tags/{id}', limitClass: 'default', scope: 'group_tags:write' },
	delete: { method: 'DELETE', path: '/group_tags/{id}', limitClass: 'default', scope: 'group_tags:write' },
	users: { method: 'GET', path: '/group_tags/{id}/users', limitClass: 'default', scope: 'group_tags:read' },
} satisfies Record<string, Route>;
