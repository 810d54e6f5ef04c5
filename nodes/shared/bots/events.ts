import type { INodePropertyOptions } from 'n8n-workflow';

import { PACHCA_EVENTS } from '../events';

/**
 * The one table between the trigger's event names (`message.new`, the payload's `type.event`) and the
 * bot settings' BotEventName (`message_new`). Forms (`view.submit`) have no bot setting: Pachca sends
 * them to the bot that opened the form.
 */
const TRIGGER_TO_BOT_EVENT: ReadonlyArray<readonly [string, string]> = [
	['message.new', 'message_new'],
	['message.update', 'message_update'],
	['message.delete', 'message_delete'],
	['reaction.new', 'reaction_new'],
	['reaction.delete', 'reaction_delete'],
	['button.click', 'button_click'],
	['message.link_shared', 'message_link_shared'],
	['chat_member.add', 'chat_member_add'],
	['chat_member.remove', 'chat_member_remove'],
	['company_member.invite', 'company_member_invite'],
	['company_member.confirm', 'company_member_confirm'],
	['company_member.suspend', 'company_member_suspend'],
	['company_member.activate', 'company_member_activate'],
	['company_member.delete', 'company_member_delete'],
	['company_member.update', 'company_member_update'],
	['video_call.started', 'video_call_started'],
	['video_call.finished', 'video_call_finished'],
	['video_call.recording_ready', 'video_call_recording_ready'],
];

/** Every BotEventName, in the spec's order. */
export const BOT_EVENT_NAMES: readonly string[] = TRIGGER_TO_BOT_EVENT.map(([, bot]) => bot);

/** `message_new` for `message.new`; undefined for an event with no bot setting (`view.submit`). */
export function botEventOf(triggerEvent: string): string | undefined {
	return TRIGGER_TO_BOT_EVENT.find(([trigger]) => trigger === triggerEvent)?.[1];
}

/** `message.new` for `message_new` (e.g. a stored history event's `event_type`). */
export function triggerEventOf(botEvent: string): string | undefined {
	return TRIGGER_TO_BOT_EVENT.find(([, bot]) => bot === botEvent)?.[0];
}

/** The bot settings' events as editor options, named as the trigger names them. */
export const BOT_EVENT_OPTIONS: INodePropertyOptions[] = PACHCA_EVENTS.flatMap((event) => {
	const value = botEventOf(String(event.value));
	return value === undefined ? [] : [{ name: event.name, value, description: event.description }];
});
