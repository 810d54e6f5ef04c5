import type { Route } from '../transport';

export const LIST_EVENTS: Route = { method: 'GET', path: '/webhooks/events', limitClass: 'eventsRead', scope: 'webhooks:events:read' };
export const DELETE_EVENT: Route = { method: 'DELETE', path: '/webhooks/events/{id}', limitClass: 'default', scope: 'webhooks:events:delete' };
