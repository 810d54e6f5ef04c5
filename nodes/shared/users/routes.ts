import type { Route } from '../transport';

/** One user by ID: Message → Get Readers resolves readers with it, User → Get reads one. */
export const GET_USER: Route = { method: 'GET', path: '/users/{id}', limitClass: 'default', scope: 'users:read' };
