import type { INodePropertyOptions } from 'n8n-workflow';

/** Selects every event. */
export const ALL_EVENTS = '*';

/**
 * The 19 payload kinds of the spec's WebhookPayloadUnion, named `${type}.${event}` with Pachca's own
 * values: this is also the `event_name` each output item carries.
 */
export const PACHCA_EVENTS: INodePropertyOptions[] = [
	{ name: 'Button Click', value: 'button.click', description: 'A user clicked a data button in a message from the bot' },
	{ name: 'Chat Member Added', value: 'chat_member.add', description: 'Members were added to a chat or thread the bot is in' },
	{ name: 'Chat Member Removed', value: 'chat_member.remove', description: 'Members were removed from a chat or thread the bot is in' },
	{ name: 'Company Member Activated', value: 'company_member.activate', description: 'A suspended employee was activated again' },
	{ name: 'Company Member Confirmed', value: 'company_member.confirm', description: 'An invited employee accepted the invitation' },
	{ name: 'Company Member Deleted', value: 'company_member.delete', description: 'An employee was removed from the company' },
	{ name: 'Company Member Invited', value: 'company_member.invite', description: 'An employee was invited to the company' },
	{ name: 'Company Member Suspended', value: 'company_member.suspend', description: 'An employee was suspended' },
	{ name: 'Company Member Updated', value: 'company_member.update', description: "An employee's data changed" },
	{ name: 'Form Submitted', value: 'view.submit', description: 'A user submitted a form (view) the bot opened' },
	{ name: 'Link Shared', value: 'message.link_shared', description: 'A message contains a link to a domain of the unfurl bot' },
	{ name: 'Message Deleted', value: 'message.delete', description: 'A message was deleted' },
	{ name: 'Message Updated', value: 'message.update', description: 'A message was edited' },
	{ name: 'New Message', value: 'message.new', description: 'A message was posted in a chat or thread the bot is in' },
	{ name: 'Reaction Added', value: 'reaction.new', description: 'A reaction was added to a message' },
	{ name: 'Reaction Removed', value: 'reaction.delete', description: 'A reaction was removed from a message' },
	{ name: 'Video Call Finished', value: 'video_call.finished', description: 'A video call ended' },
	{ name: 'Video Call Recording Ready', value: 'video_call.recording_ready', description: 'The recording of a video call is ready' },
	{ name: 'Video Call Started', value: 'video_call.started', description: 'A video call started' },
];

/** `message.new`, `view.submit`, … from a payload's `type` and `event`. */
export function eventNameOf(payload: Record<string, unknown>): string {
	return `${String(payload.type)}.${String(payload.event)}`;
}

/** The message an event is about, for "Fetch Full Message": `id` of message events, else `message_id`. */
export function messageIdOf(payload: Record<string, unknown>): number | undefined {
	const name = eventNameOf(payload);
	const id = ['message.new', 'message.update', 'message.delete'].includes(name) ? payload.id : payload.message_id;
	return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
