import { BOT_ROUTES } from '../actions/bot/routes';
import type { Route } from '../../shared/transport';

/** The lists the editor's pickers search (a Chat resource, once it exists, declares the chat list). */
export const PICKER_ROUTES = {
	chats: { method: 'GET', path: '/chats', limitClass: 'default', scope: 'chats:read' },
	bots: BOT_ROUTES.list,
} satisfies Record<string, Route>;
