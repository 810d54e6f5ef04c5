import type { Route } from '../transport';

/** Read by the webhook trigger (Fetch Full Message), Send and Wait's answer page and Message → Get. */
export const GET_MESSAGE: Route = { method: 'GET', path: '/messages/{id}', limitClass: 'messageRead', scope: 'messages:read' };
/** Edited by Send and Wait's answer page and Message → Update. */
export const UPDATE_MESSAGE: Route = { method: 'PUT', path: '/messages/{id}', limitClass: 'messageWrite', scope: 'messages:update', chatScoped: true };
/** Opens a message's thread (or returns the one it has): Message → Reply in Thread and Thread → Create. */
export const OPEN_THREAD: Route = { method: 'POST', path: '/messages/{id}/thread', limitClass: 'default', scope: 'threads:create' };
