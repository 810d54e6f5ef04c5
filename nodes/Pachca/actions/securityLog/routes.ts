import type { Route } from '../../../shared/transport';

/** Every endpoint the Security Log resource calls, with the scope and plan of the spec's x-requirements. */
export const SECURITY_LOG_ROUTES = {
	list: { method: 'GET', path: '/audit_events', limitClass: 'default', scope: 'audit_events:read', plan: 'corporation' },
} satisfies Record<string, Route>;
