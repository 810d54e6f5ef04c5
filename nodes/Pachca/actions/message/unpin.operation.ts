import { noContentOperation } from '../noContent';
import { MESSAGE_ROUTES } from './routes';

// DELETE /messages/{id}/pin
export const { description, execute } = noContentOperation({
	resource: 'message',
	operation: 'unpin',
	target: 'message',
	route: MESSAGE_ROUTES.unpin,
	locatorDescription: 'The message to unpin from its chat',
});
