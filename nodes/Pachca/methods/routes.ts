import { BOT_ROUTES } from '../actions/bot/routes';
import { CHAT_ROUTES } from '../actions/chat/routes';
import { CUSTOM_PROPERTY_ROUTES } from '../actions/customProperty/routes';
import { USER_ROUTES } from '../actions/user/routes';
import { GROUP_TAG_ROUTES } from '../actions/groupTag/routes';
import type { Route } from '../../shared/transport';

/** The lists the editor's pickers search, declared by the resources that own them. */
export const PICKER_ROUTES = {
	chats: CHAT_ROUTES.list,
	bots: BOT_ROUTES.list,
	users: USER_ROUTES.list,
	customProperties: CUSTOM_PROPERTY_ROUTES.list,
	groupTags: GROUP_TAG_ROUTES.list,
} satisfies Record<string, Route>;
