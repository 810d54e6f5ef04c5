import { noContentOperation } from '../noContent';
import { CHAT_ROUTES } from './routes';

// PUT /chats/{id}/unarchive: only the chat's owner or an admin of it may bring it back.
export const { description, execute } = noContentOperation({
	resource: 'chat',
	operation: 'unarchive',
	target: 'chat',
	route: CHAT_ROUTES.unarchive,
	locatorDescription: 'The archived chat to bring back: the token must be its owner or an admin of it',
});
