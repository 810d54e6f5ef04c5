import { noContentOperation } from './noContent';

// DELETE /messages/{id}: the sender, chat admins and editors may delete; both sides in a direct chat.
export const { description, execute } = noContentOperation(
	'delete',
	'DELETE',
	'',
	'The message to delete',
);
