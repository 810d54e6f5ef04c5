import { noContentOperation } from '../noContent';
import { CHAT_ROUTES } from './routes';

// DELETE /chats/{id}/leave: the token's owner (the bot, for a bot token) leaves a conversation or channel.
export const { description, execute } = noContentOperation({
	resource: 'chat',
	operation: 'leave',
	target: 'chat',
	route: CHAT_ROUTES.leave,
	locatorDescription: 'The conversation or channel to leave',
	notice: "The token's owner leaves the chat: a bot then no longer sees a closed chat and gets no more webhooks from it.",
});
