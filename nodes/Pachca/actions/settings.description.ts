import type { INodeProperties } from 'n8n-workflow';

export const DEFAULT_MAX_CONCURRENT_REQUESTS = 20;
export const MAX_CONCURRENT_REQUESTS_LIMIT = 50;

/** Node-level settings shown for every resource and operation. */
export const settings: INodeProperties[] = [
	{
		displayName: 'Settings',
		name: 'settings',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		options: [
			{
				displayName: 'Max Concurrent Requests',
				name: 'maxConcurrentRequests',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_CONCURRENT_REQUESTS_LIMIT },
				default: DEFAULT_MAX_CONCURRENT_REQUESTS,
				description:
					"How many requests to Pachca may be open at once. Items for different chats run in parallel within Pachca's rate limits; items for the same chat always go in item order.",
			},
		],
	},
];
