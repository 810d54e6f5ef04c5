import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_REPLAY_WINDOW_SECONDS } from '../shared/webhookSecurity';
import { eventFilterOptions, eventsProperty } from '../shared/events';

const automatic = { show: { webhookRegistration: ['automatic'] } };

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			'Recommended: put the bot\'s Signing secret (bot settings → Outgoing webhook) into the Pachca credential. With it, this trigger rejects every request that Pachca did not sign; without it, anyone who learns the URL can start this workflow.',
		name: 'signingSecretNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Webhook Registration',
		name: 'webhookRegistration',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Manual',
				value: 'manual',
				description: "You paste the URL into the bot's settings; the trigger never changes the bot",
			},
			{
				name: 'Automatic',
				value: 'automatic',
				description:
					"On activation the trigger writes its URL into the bot's outgoing webhook; on deactivation it clears it only if it can see the URL is still its own",
			},
		],
		default: 'manual',
	},
	{
		displayName:
			'Copy the Production URL above and paste it in Pachca: Automations → Integrations → your bot → Outgoing webhook → Webhook URL. A bot has one webhook URL.',
		name: 'manualRegistrationNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { webhookRegistration: ['manual'] } },
	},
	{
		displayName:
			"A bot has one webhook URL: activating this workflow replaces the bot's current URL. A bot token needs the scope bot_self:webhook:write and cannot read the URL, so deactivation leaves it in place (clear it with Pachca → Bot → Update Own Webhook). A user token needs bots:write, and bots:read so that deactivation can clear the URL when it is still this trigger's.",
		name: 'automaticRegistrationNotice',
		type: 'notice',
		default: '',
		displayOptions: automatic,
	},
	{
		displayName: 'Bot ID',
		name: 'botId',
		type: 'string',
		default: '',
		placeholder: '1738816',
		description:
			"Only for a user (admin) token: the ID of the bot whose webhook to set (bot settings → API tab → user_id). A bot token always sets its own webhook and ignores this field.",
		displayOptions: automatic,
	},
	{
		...eventsProperty,
		description:
			"Events that start the workflow. Pachca sends only the events ticked in the bot's Outgoing webhook settings; others are answered 200 and ignored.",
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			...eventFilterOptions,
			{
				displayName: 'Deduplicate Deliveries',
				name: 'deduplicate',
				type: 'boolean',
				default: true,
				description:
					'Whether to answer a repeated delivery of the same event (Pachca retries with a new timestamp) with 200 without starting the workflow again. Remembered for 10 minutes.',
			},
			{
				displayName: 'Replay Window (Seconds)',
				name: 'replayWindow',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: DEFAULT_REPLAY_WINDOW_SECONDS,
				description:
					'How far webhook_timestamp may be from now before a request is rejected as a replay (401). 0 turns the check off.',
			},
			{
				displayName: 'Trusted Proxies',
				name: 'trustedProxies',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description:
					"Number of reverse proxies in front of n8n. 0: the sender IP is the connection's address. N: the address N entries from the right of X-Forwarded-For (the client-written left part is never trusted).",
			},
		],
	},
];
