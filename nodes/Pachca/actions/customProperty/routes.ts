import type { Route } from '../../../shared/transport';

/** Every endpoint the Custom Property resource calls, with the scope the spec's x-requirements give it. */
export const CUSTOM_PROPERTY_ROUTES = {
	list: { method: 'GET', path: '/custom_properties', limitClass: 'default', scope: 'custom_properties:read' },
} satisfies Record<string, Route>;
