import { chatNoContentOperation } from './noContent';
import { CHAT_ROUTES } from './routes';

// DELETE /chats/{id}/leave: the token's owner (the bot, for a bot token) leaves a conversation or channel.
export const { description, execute } = chatNoContentOperation(
	'leave',
	CHAT_ROUTES.leave,
	'The conversation or channel to leave',
	"The token's owner leaves the chat: a bot then no longer sees a closed chat and gets no more webhooks from it.",
);
