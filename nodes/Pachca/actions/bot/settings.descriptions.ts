import type { INodeProperties } from 'n8n-workflow';

import { BOT_EVENT_OPTIONS } from '../../../shared/bots';
import { listOrIdLocator } from '../common.descriptions';
import { BOT_SCOPE_OPTIONS } from './scopes';

/** Bot picker: the bots this user token may edit (searchable), or the bot's ID. */
export const botIdProperty: INodeProperties = listOrIdLocator({
	displayName: 'Bot',
	name: 'botId',
	thing: 'bot',
	searchListMethod: 'searchBots',
	idExample: '1738816',
	description: "The bot: pick it from the list of bots you may edit, or give its ID (bot settings → API tab → user_id)",
});

/** The editable fields of BotUpdateRequest (and BotCreateRequest), each optional: only what is set is sent. */
export const botSettingsFields: INodeProperties[] = [
	{
		displayName: 'Who Can Add',
		name: 'whoCanAdd',
		type: 'options',
		options: [
			{ name: 'Anyone, Including Guests', value: 'anyone' },
			{ name: 'Creator Only', value: 'creator' },
			{ name: 'Creator and Admins', value: 'creator_admin' },
			{ name: 'Creator, Admins and Members', value: 'creator_admin_user' },
		],
		default: 'creator',
		description: 'Who may add the bot to chats',
	},
	{
		displayName: 'Who Can Edit',
		name: 'canEdit',
		type: 'multiOptions',
		options: [
			{ name: 'Company Admins', value: 'admin' },
			{ name: 'Owners of Chats the Bot Is In', value: 'chat_owners' },
		],
		default: [],
		description: 'Who may edit the bot besides its creator; none selected = the creator only',
	},
	{
		displayName: 'Challenge Key',
		name: 'challengeKey',
		type: 'string',
		default: '',
		description: 'Name of the verification field of incoming webhooks',
	},
	{
		displayName: 'Commands',
		name: 'commands',
		type: 'string',
		default: '',
		placeholder: 'e.g. /task, /help',
		description:
			'Commands the bot reacts to when Trigger On is Commands, separated by commas (255 characters in all); empty = none',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: BOT_EVENT_OPTIONS,
		default: [],
		description: 'Events Pachca sends to the outgoing webhook; none selected = no events',
	},
	{
		displayName: 'Ignore Own Messages',
		name: 'ignoreSelfMessages',
		type: 'boolean',
		default: false,
		description: 'Whether to ignore incoming messages sent by the bot itself',
	},
	{
		displayName: 'Keep Event History',
		name: 'eventsHistoryEnabled',
		type: 'boolean',
		default: false,
		description: "Whether Pachca stores the bot's events for the Event History",
	},
	{
		displayName: 'Link Previews',
		name: 'linkPreviewEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether messages from the incoming webhook show link previews',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: "The bot's name (at most 255 characters)",
	},
	{
		displayName: 'Nickname',
		name: 'nickname',
		type: 'string',
		default: '',
		placeholder: 'e.g. tasks_bot',
		description: "The bot's nickname: ends with _bot (at most 255 characters)",
	},
	{
		displayName: 'Outgoing Webhook URL',
		name: 'outgoingUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/pachca',
		description: 'Where Pachca sends the events: an http(s) URL; empty = disable the outgoing webhook',
	},
	{
		displayName: 'Scopes',
		name: 'scopes',
		type: 'multiOptions',
		options: BOT_SCOPE_OPTIONS,
		default: [],
		description: "The bot token's permissions (only scopes a bot may hold are listed)",
	},
	{
		displayName: 'Template',
		name: 'template',
		type: 'string',
		default: '',
		placeholder: 'e.g. Order from {{ client }}',
		description: 'Template that formats incoming webhook messages',
	},
	{
		displayName: 'Template Engine',
		name: 'templateEngine',
		type: 'options',
		options: [
			{ name: 'Liquid', value: 'liquid', description: 'Conditions, loops and filters' },
			{ name: 'Mustache', value: 'mustache', description: 'Plain substitution' },
		],
		default: 'liquid',
	},
	{
		displayName: 'Trigger On',
		name: 'triggerOn',
		type: 'options',
		options: [
			{ name: 'All Messages', value: 'all_messages', description: 'Every message in chats the bot is in' },
			{ name: 'Commands', value: 'commands', description: 'Only the commands listed in Commands' },
			{ name: 'Unfurl', value: 'unfurl', description: 'Links to the domains of an unfurl bot' },
		],
		default: 'commands',
		description: 'When the outgoing webhook fires',
	},
];
