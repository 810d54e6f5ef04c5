import { TOKEN_INFO } from '../../../shared/bots';
import type { Route } from '../../../shared/transport';

/** Every endpoint the Link Preview resource calls; token info explains a refusal. */
export const LINK_PREVIEW_ROUTES = {
	create: { method: 'POST', path: '/messages/{id}/link_previews', limitClass: 'default', scope: 'link_previews:write' },
	tokenInfo: TOKEN_INFO,
} satisfies Record<string, Route>;
