import { noContentOperation } from '../noContent';
import { MESSAGE_ROUTES } from './routes';

// POST /messages/{id}/pin: pinning a pinned message succeeds too.
export const { description, execute } = noContentOperation({
	resource: 'message',
	operation: 'pin',
	target: 'message',
	route: MESSAGE_ROUTES.pin,
	locatorDescription: 'The message to pin in its chat',
});
