import { GET_MESSAGE, OPEN_THREAD } from '../../../shared/messages/routes';
import type { Route } from '../../../shared/transport';

/** Every endpoint the Thread resource calls, with the scope the spec's x-requirements give it. */
export const THREAD_ROUTES = {
	createOnMessage: OPEN_THREAD,
	createStandalone: { method: 'POST', path: '/threads', limitClass: 'default', scope: 'threads:create' },
	get: { method: 'GET', path: '/threads/{id}', limitClass: 'default', scope: 'threads:read' },
	list: { method: 'GET', path: '/threads', limitClass: 'default', scope: 'threads:read' },
	/** a thread given by its message's link is found through the message */
	getMessage: GET_MESSAGE,
} satisfies Record<string, Route>;
