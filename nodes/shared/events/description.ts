import type { INodeProperties } from 'n8n-workflow';

import { ALL_EVENTS, PACHCA_EVENTS } from './events';

/** The event picker both triggers show. */
export const eventsProperty: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	options: [{ name: 'All Events', value: ALL_EVENTS, description: 'Every event the bot is subscribed to' }, ...PACHCA_EVENTS],
	default: [ALL_EVENTS],
	description:
		"Events that start the workflow. Pachca sends only the events ticked in the bot's Outgoing webhook settings.",
};

/** The filters and enrichment both triggers offer, as entries of their Options collection. */
export const eventFilterOptions: INodeProperties[] = [
	{
		displayName: 'Download Files',
		name: 'downloadFiles',
		type: 'boolean',
		default: false,
		description:
			'Whether to put the files of a new message into its item as binary data file_0, file_1, … (streamed, names and MIME types kept). The message is fetched for it and added under "message". A failed download does not drop the event: the item says why in files_error. Needs the scope messages:read.',
	},
	{
		displayName: 'Fetch Full Message',
		name: 'fetchFullMessage',
		type: 'boolean',
		default: false,
		description:
			'Whether to add the whole message (files, buttons, reactions…) under "message" for message, reaction, button and link events. Events carry only the text. Needs the scope messages:read.',
	},
	{
		displayName: 'Ignore User IDs',
		name: 'ignoreUserIds',
		type: 'string',
		default: '',
		placeholder: '1738816',
		description:
			"Comma-separated user IDs whose events (messages, reactions, clicks…) are ignored, e.g. the bot's own ID to avoid loops",
	},
	{
		displayName: 'Only Chat IDs',
		name: 'chatIds',
		type: 'string',
		default: '',
		placeholder: '918264, 918265',
		description:
			'Comma-separated chat IDs. Events from other chats are ignored; a thread counts as its parent chat. Events outside chats (company members) still pass.',
	},
	{
		displayName: 'Only Commands',
		name: 'commands',
		type: 'string',
		default: '',
		placeholder: '/task, /help',
		description:
			'Comma-separated commands. New messages pass only when their first word is one of them; other events are not affected.',
	},
];
