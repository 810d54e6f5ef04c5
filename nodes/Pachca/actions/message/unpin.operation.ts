import { noContentOperation } from './noContent';
import { MESSAGE_ROUTES } from './routes';

// DELETE /messages/{id}/pin
export const { description, execute } = noContentOperation(
	'unpin',
	MESSAGE_ROUTES.unpin,
	'The message to unpin from its chat',
);
