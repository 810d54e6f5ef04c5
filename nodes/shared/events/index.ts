// What both Pachca triggers share: the 19 events, the filters, Fetch Full Message and the item shape.
export { readEventSelection } from './config';
export type { EventSelection } from './config';
export { eventFilterOptions, eventsProperty } from './description';
export { ALL_EVENTS, eventNameOf, messageIdOf, PACHCA_EVENTS } from './events';
export { passesFilters } from './filters';
export type { EventFilters } from './filters';
export { deliveryKey } from './deliveryKey';
export { eventItem, fullMessageOf } from './item';
