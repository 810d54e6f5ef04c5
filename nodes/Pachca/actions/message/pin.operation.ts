import { noContentOperation } from './noContent';
import { MESSAGE_ROUTES } from './routes';

// POST /messages/{id}/pin: pinning a pinned message succeeds too.
export const { description, execute } = noContentOperation('pin', MESSAGE_ROUTES.pin, 'The message to pin in its chat');
