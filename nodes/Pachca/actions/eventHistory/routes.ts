import { DELETE_EVENT, LIST_EVENTS } from '../../../shared/history';
import type { Route } from '../../../shared/transport';

/** Every endpoint the Event History resource calls (the history trigger calls the same). */
export const EVENT_HISTORY_ROUTES = { list: LIST_EVENTS, delete: DELETE_EVENT } satisfies Record<string, Route>;
