import type { IHttpRequestMethods } from 'n8n-workflow';

/** Pachca's documented per-token rate-limit classes (api-limits). */
export type LimitClass = 'messageWrite' | 'messageRead' | 'eventsRead' | 'default';

export interface RouteInfo {
	limitClass: LimitClass;
	/** the OAuth scope Pachca requires (spec: x-requirements.scope) */
	scope?: string;
	/** writes to one chat (send, edit, delete, pin): sent in order per chat */
	chatScoped?: boolean;
}

interface RouteRule extends RouteInfo {
	method: IHttpRequestMethods;
	pattern: RegExp;
}

// The endpoints this package calls. Scopes come from the spec's x-requirements.
const RULES: RouteRule[] = [
	{ method: 'POST', pattern: /^\/messages$/, limitClass: 'messageWrite', scope: 'messages:create', chatScoped: true },
	{ method: 'PUT', pattern: /^\/messages\/[^/]+$/, limitClass: 'messageWrite', scope: 'messages:update', chatScoped: true },
	{ method: 'DELETE', pattern: /^\/messages\/[^/]+$/, limitClass: 'messageWrite', scope: 'messages:delete', chatScoped: true },
	{ method: 'GET', pattern: /^\/messages(\/[^/]+)?$/, limitClass: 'messageRead', scope: 'messages:read' },
	{ method: 'POST', pattern: /^\/messages\/[^/]+\/pin$/, limitClass: 'default', scope: 'pins:write', chatScoped: true },
	{ method: 'DELETE', pattern: /^\/messages\/[^/]+\/pin$/, limitClass: 'default', scope: 'pins:write', chatScoped: true },
	{ method: 'POST', pattern: /^\/messages\/[^/]+\/thread$/, limitClass: 'default', scope: 'threads:create' },
	{ method: 'POST', pattern: /^\/messages\/[^/]+\/link_previews$/, limitClass: 'default', scope: 'link_previews:write' },
	{ method: 'GET', pattern: /^\/threads\/[^/]+$/, limitClass: 'default', scope: 'threads:read' },
	{ method: 'GET', pattern: /^\/chats(\/[^/]+)?$/, limitClass: 'default', scope: 'chats:read' },
	{ method: 'GET', pattern: /^\/bots(\/[^/]+)?$/, limitClass: 'default', scope: 'bots:read' },
	{ method: 'PUT', pattern: /^\/bots\/[^/]+$/, limitClass: 'default', scope: 'bots:write' },
	{ method: 'POST', pattern: /^\/bots$/, limitClass: 'default', scope: 'bots:write' },
	{ method: 'DELETE', pattern: /^\/bots\/[^/]+$/, limitClass: 'default', scope: 'bots:write' },
	{ method: 'PUT', pattern: /^\/bot\/webhook$/, limitClass: 'default', scope: 'bot_self:webhook:write' },
	{ method: 'GET', pattern: /^\/webhooks\/events$/, limitClass: 'eventsRead', scope: 'webhooks:events:read' },
	{ method: 'DELETE', pattern: /^\/webhooks\/events\/[^/]+$/, limitClass: 'default', scope: 'webhooks:events:delete' },
	{ method: 'POST', pattern: /^\/uploads$/, limitClass: 'default', scope: 'uploads:write' },
	{ method: 'GET', pattern: /^\/profile$/, limitClass: 'default', scope: 'profile:read' },
	{ method: 'GET', pattern: /^\/users(\/[^/]+)?$/, limitClass: 'default', scope: 'users:read' },
];

export function describeRoute(method: IHttpRequestMethods, path: string): RouteInfo {
	const rule = RULES.find((r) => r.method === method && r.pattern.test(path));
	return rule ? { limitClass: rule.limitClass, scope: rule.scope, chatScoped: rule.chatScoped } : { limitClass: 'default' };
}
