import type { Route } from '../../../shared/transport';

/** Every endpoint the Profile resource calls (the token owner's own), with the scope the spec's x-requirements give it. */
export const PROFILE_ROUTES = {
	get: { method: 'GET', path: '/profile', limitClass: 'default', scope: 'profile:read' },
	updateAvatar: { method: 'PUT', path: '/profile/avatar', limitClass: 'default', scope: 'profile_avatar:write' },
	deleteAvatar: { method: 'DELETE', path: '/profile/avatar', limitClass: 'default', scope: 'profile_avatar:write' },
	getStatus: { method: 'GET', path: '/profile/status', limitClass: 'default', scope: 'profile_status:read' },
	updateStatus: { method: 'PUT', path: '/profile/status', limitClass: 'default', scope: 'profile_status:write' },
	deleteStatus: { method: 'DELETE', path: '/profile/status', limitClass: 'default', scope: 'profile_status:write' },
} satisfies Record<string, Route>;
