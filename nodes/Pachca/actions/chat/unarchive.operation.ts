import { chatNoContentOperation } from './noContent';
import { CHAT_ROUTES } from './routes';

// PUT /chats/{id}/unarchive: only the chat's owner or an admin of it may bring it back.
export const { description, execute } = chatNoContentOperation(
	'unarchive',
	CHAT_ROUTES.unarchive,
	'The archived chat to bring back: the token must be its owner or an admin of it',
);
