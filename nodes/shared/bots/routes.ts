import type { Route } from '../transport';

/** The bot endpoints the triggers and the Bot resource share. */
export const TOKEN_INFO: Route = { method: 'GET', path: '/oauth/token/info', limitClass: 'default' };
export const GET_BOT: Route = { method: 'GET', path: '/bots/{id}', limitClass: 'default', scope: 'bots:read' };
export const UPDATE_BOT: Route = { method: 'PUT', path: '/bots/{id}', limitClass: 'default', scope: 'bots:write' };
export const UPDATE_OWN_WEBHOOK: Route = { method: 'PUT', path: '/bot/webhook', limitClass: 'default', scope: 'bot_self:webhook:write' };
