import { noContentOperation } from '../noContent';
import { CHAT_ROUTES } from './routes';

// PUT /chats/{id}/archive: only the chat's owner or an admin of it may archive it.
export const { description, execute } = noContentOperation({
	resource: 'chat',
	operation: 'archive',
	target: 'chat',
	route: CHAT_ROUTES.archive,
	locatorDescription: 'The chat to archive: the token must be its owner or an admin of it',
	notice: 'An archived chat takes no messages, members or settings changes until it is unarchived; reading and reactions still work.',
});
