// The bot's event history (GET and DELETE /webhooks/events): the Event History resource and the
// Pachca Event History Trigger read and delete it through here.
export { deleteHistoryEvent, httpStatusOf } from './delete';
export { compareEventIds, historyEventItem, sortOldestFirst } from './events';
export type { HistoryEvent } from './events';
export { readEventHistory, readHistoryPage, readNewestEvents } from './read';
export { DELETE_EVENT, LIST_EVENTS } from './routes';
export type { HistoryPage, HistoryRead, ListDirection, ReadHistoryOptions } from './read';
