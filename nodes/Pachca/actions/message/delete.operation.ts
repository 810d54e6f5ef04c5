import { noContentOperation } from './noContent';
import { MESSAGE_ROUTES } from './routes';

// DELETE /messages/{id}: the sender, chat admins and editors may delete; both sides in a direct chat.
export const { description, execute } = noContentOperation(
	'delete',
	MESSAGE_ROUTES.delete,
	'The message to delete',
);
