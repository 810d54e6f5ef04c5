// What the Bot resource and the trigger's registration share: token type, the webhook slot, event names.
export { BOT_EVENT_NAMES, BOT_EVENT_OPTIONS, botEventOf, triggerEventOf } from './events';
export { ownerOf, readTokenOwner } from './token';
export type { TokenOwner } from './token';
export { readWebhookUrl, webhookSlotOf, writeWebhookUrl } from './webhookSlot';
export type { WebhookSlot } from './webhookSlot';
export { GET_BOT, TOKEN_INFO, UPDATE_BOT, UPDATE_OWN_WEBHOOK } from './routes';
