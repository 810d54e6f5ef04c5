import { noContentOperation } from './noContent';

// POST /messages/{id}/pin: pinning a pinned message succeeds too.
export const { description, execute } = noContentOperation('pin', 'POST', '/pin', 'The message to pin in its chat');
