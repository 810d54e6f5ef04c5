import type { Route } from '../../../shared/transport';

/** Every endpoint the Task resource calls, with the scope the spec's x-requirements give it. */
export const TASK_ROUTES = {
	list: { method: 'GET', path: '/tasks', limitClass: 'default', scope: 'tasks:read' },
	get: { method: 'GET', path: '/tasks/{id}', limitClass: 'default', scope: 'tasks:read' },
	create: { method: 'POST', path: '/tasks', limitClass: 'default', scope: 'tasks:create' },
	update: { method: 'PUT', path: '/tasks/{id}', limitClass: 'default', scope: 'tasks:update' },
	delete: { method: 'DELETE', path: '/tasks/{id}', limitClass: 'default', scope: 'tasks:delete' },
} satisfies Record<string, Route>;
