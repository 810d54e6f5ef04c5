import type { IHttpRequestMethods } from 'n8n-workflow';

/** Pachca's documented per-token rate-limit classes (api-limits). */
export type LimitClass = 'messageWrite' | 'messageRead' | 'eventsRead' | 'default';

/**
 * One endpoint as the code that calls it declares it: the spec's method and path template, the scope
 * from its x-requirements, and how the transport paces it. Every request names its route.
 */
export interface Route {
	method: IHttpRequestMethods;
	/** the spec's path, placeholders in braces: `/messages/{id}/pin` */
	path: string;
	limitClass: LimitClass;
	/** the OAuth scope Pachca requires (spec: x-requirements.scope); none for token info */
	scope?: string;
	/** the plan the endpoint needs (spec: x-requirements.plan), named when Pachca answers 402 */
	plan?: string;
	/** writes to one chat (send, edit, delete, pin): sent in order per chat, paced per chat */
	chatScoped?: boolean;
}

/** Values for a route's placeholders, by name. */
export type PathParams = Record<string, string | number>;

/** The route's path with its placeholders filled (each value URL-encoded); a missing value is a bug. */
export function pathOf(route: Route, params: PathParams = {}): string {
	// A replacer function: the value is taken as it is, never read as a `$&`-style replacement pattern.
	return route.path.replace(/\{([a-z_]+)\}/g, (_placeholder, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`No value for {${name}} in ${route.method} ${route.path}`);
		return encodeURIComponent(String(value));
	});
}
