import { GET_BOT, TOKEN_INFO, UPDATE_BOT, UPDATE_OWN_WEBHOOK } from '../../../shared/bots';
import type { Route } from '../../../shared/transport';

/** Every endpoint the Bot resource calls, with the scope the spec's x-requirements give it. */
export const BOT_ROUTES = {
	list: { method: 'GET', path: '/bots', limitClass: 'default', scope: 'bots:read' },
	get: GET_BOT,
	create: { method: 'POST', path: '/bots', limitClass: 'default', scope: 'bots:write' },
	update: UPDATE_BOT,
	delete: { method: 'DELETE', path: '/bots/{id}', limitClass: 'default', scope: 'bots:write' },
	updateOwnWebhook: UPDATE_OWN_WEBHOOK,
	recreateToken: { method: 'POST', path: '/bots/{id}/recreate_token', limitClass: 'default', scope: 'bots:write' },
	recreateOwnToken: { method: 'POST', path: '/bot/recreate_token', limitClass: 'default', scope: 'bot_self:write' },
	tokenInfo: TOKEN_INFO,
} satisfies Record<string, Route>;
