import { GET_MESSAGE, OPEN_THREAD, UPDATE_MESSAGE } from '../../../shared/messages/routes';
import type { Route } from '../../../shared/transport';
import { GET_USER } from '../../../shared/users/routes';

/** Every endpoint the Message resource calls, with the scope the spec's x-requirements give it. */
export const MESSAGE_ROUTES = {
	send: { method: 'POST', path: '/messages', limitClass: 'messageWrite', scope: 'messages:create', chatScoped: true },
	get: GET_MESSAGE,
	list: { method: 'GET', path: '/messages', limitClass: 'messageRead', scope: 'messages:read' },
	update: UPDATE_MESSAGE,
	delete: { method: 'DELETE', path: '/messages/{id}', limitClass: 'messageWrite', scope: 'messages:delete', chatScoped: true },
	pin: { method: 'POST', path: '/messages/{id}/pin', limitClass: 'default', scope: 'pins:write', chatScoped: true },
	unpin: { method: 'DELETE', path: '/messages/{id}/pin', limitClass: 'default', scope: 'pins:write', chatScoped: true },
	openThread: OPEN_THREAD,
	upload: { method: 'POST', path: '/uploads', limitClass: 'default', scope: 'uploads:write' },
	readers: { method: 'GET', path: '/messages/{id}/read_member_ids', limitClass: 'default', scope: 'messages:read' },
	getUser: GET_USER,
} satisfies Record<string, Route>;
