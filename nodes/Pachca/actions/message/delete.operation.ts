import { noContentOperation } from '../noContent';
import { MESSAGE_ROUTES } from './routes';

// DELETE /messages/{id}: the sender, chat admins and editors may delete; both sides in a direct chat.
export const { description, execute } = noContentOperation({
	resource: 'message',
	operation: 'delete',
	target: 'message',
	route: MESSAGE_ROUTES.delete,
	locatorDescription: 'The message to delete',
});
