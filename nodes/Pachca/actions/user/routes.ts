import type { Route } from '../../../shared/transport';
import { GET_USER } from '../../../shared/users/routes';

/** Every endpoint the User resource calls, with the scope the spec's x-requirements give it. */
export const USER_ROUTES = {
	list: { method: 'GET', path: '/users', limitClass: 'default', scope: 'users:read' },
	get: GET_USER,
	create: { method: 'POST', path: '/users', limitClass: 'default', scope: 'users:create' },
	update: { method: 'PUT', path: '/users/{id}', limitClass: 'default', scope: 'users:update' },
	delete: { method: 'DELETE', path: '/users/{id}', limitClass: 'default', scope: 'users:delete' },
	updateAvatar: { method: 'PUT', path: '/users/{user_id}/avatar', limitClass: 'default', scope: 'user_avatar:write' },
	deleteAvatar: { method: 'DELETE', path: '/users/{user_id}/avatar', limitClass: 'default', scope: 'user_avatar:write' },
	getStatus: { method: 'GET', path: '/users/{user_id}/status', limitClass: 'default', scope: 'user_status:read' },
	updateStatus: { method: 'PUT', path: '/users/{user_id}/status', limitClass: 'default', scope: 'user_status:write' },
	deleteStatus: { method: 'DELETE', path: '/users/{user_id}/status', limitClass: 'default', scope: 'user_status:write' },
} satisfies Record<string, Route>;
