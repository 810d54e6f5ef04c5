import type { IHttpRequestMethods } from 'n8n-workflow';

import { resources } from '../../nodes/Pachca/actions/resources';
import { PICKER_ROUTES } from '../../nodes/Pachca/methods/routes';
import type { Route } from '../../nodes/shared/transport';

/** Every endpoint the package calls, as the resources and the shared modules declare them. */
export const declaredRoutes: Route[] = [
	...new Set([...Object.values(resources).flatMap((resource) => resource.routes), ...Object.values(PICKER_ROUTES)]),
];

const templateOf = (route: Route) => new RegExp(`^${route.path.replace(/\{[a-z_]+\}/g, '[^/]+')}$`);

/**
 * The declared route a literal request matches, pointed at that literal path: the transport probe sends
 * any path and is paced as the operation that calls it would be. Undeclared paths get the default class.
 */
export function routeFor(method: IHttpRequestMethods, path: string): Route {
	const declared = declaredRoutes.find((route) => route.method === method && templateOf(route).test(path));
	return { ...(declared ?? { limitClass: 'default' }), method, path };
}
