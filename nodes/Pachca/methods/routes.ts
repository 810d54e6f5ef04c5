import { BOT_ROUTES } from '../actions/bot/routes';
import { CHAT_ROUTES } from '../actions/chat/routes';
import { GROUP_TAG_ROUTES } from '../actions/groupTag/routes';
import type { Route } from '../../shared/transport';

/** The lists the editor's pickers search, declared by the resources that own them. */
export const PICKER_ROUTES = {
	chats: CHAT_ROUTES.list,
	bots: BOT_ROUTES.list,
	groupTags: GROUP_TAG_ROUTES.list,
} satisfies Record<string, Route>;
