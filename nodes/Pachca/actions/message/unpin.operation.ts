import { noContentOperation } from './noContent';

// DELETE /messages/{id}/pin
export const { description, execute } = noContentOperation(
	'unpin',
	'DELETE',
	'/pin',
	'The message to unpin from its chat',
);
