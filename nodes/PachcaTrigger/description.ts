import type { INodeProperties } from 'n8n-workflow';

import {
	DEFAULT_REPLAY_WINDOW_SECONDS,
	DEFAULT_TRUSTED_PROXY_ADDRESSES,
	MAX_REPLAY_WINDOW_SECONDS,
} from '../shared/webhookSecurity';
import { eventFilterOptions, eventsProperty } from '../shared/events';
import { formProperties } from './forms/description';

const automatic = { show: { webhookRegistration: ['automatic'] } };

/** The notices are one line each; the whole story is a section of docs/triggers.md. */
export const TRIGGER_DOCS_URL = 'https://github.com/n8n-nodes-pachca-bots/n8n-nodes-pachca-bots/blob/main/docs/triggers.md';
const details = (section: string) => `<a href="${TRIGGER_DOCS_URL}#${section}" target="_blank">Details</a>`;

export const triggerProperties: INodeProperties[] = [
	{
		displayName: `Without the Signing secret in the credential, anyone with the URL can start this workflow. ${details('signing-secret')}`,
		name: 'signingSecretNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: `Deduplication is off: a captured request can run the workflow again. ${details('replay-window-without-deduplication')}`,
		name: 'replayWithoutDedupeNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { 'options.deduplicate': [false] }, hide: { 'options.replayWindow': [0] } },
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
		displayName: `Paste the Production URL above into the bot's Outgoing webhook in Pachca. ${details('manual-webhook-registration')}`,
		name: 'manualRegistrationNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { webhookRegistration: ['manual'] } },
	},
	{
		displayName: `Activating this workflow replaces the bot's webhook URL. ${details('automatic-webhook-registration')}`,
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
	...formProperties,
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
					'Whether to answer a repeated delivery of the same event (Pachca retries with a new timestamp) with 200 without starting the workflow again, or with 503 while the first delivery is still being handled. Remembered for 10 minutes, or twice the replay window if longer.',
			},
			{
				displayName: 'Replay Window (Seconds)',
				name: 'replayWindow',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: MAX_REPLAY_WINDOW_SECONDS },
				default: DEFAULT_REPLAY_WINDOW_SECONDS,
				description: `How far webhook_timestamp may be from now before a request is rejected as a replay (401), at most ${MAX_REPLAY_WINDOW_SECONDS}. 0 turns the check off.`,
			},
			{
				displayName: 'Trusted Proxies',
				name: 'trustedProxies',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description:
					"Number of reverse proxies in front of n8n. 0: the sender IP is the connection's address. N: up to N X-Forwarded-For entries are followed from the right, each only if the address that handed it over is a Trusted Proxy Address.",
			},
			{
				displayName: 'Trusted Proxy Addresses',
				name: 'trustedProxyAddresses',
				type: 'string',
				default: DEFAULT_TRUSTED_PROXY_ADDRESSES,
				description:
					'IPs and CIDR ranges of your reverse proxies, comma-separated. An X-Forwarded-For entry counts only when it was handed over by one of them; a direct connection from elsewhere is judged by its own address. Empty: no proxy is trusted. Used only when Trusted Proxies is above 0.',
			},
		],
	},
];
