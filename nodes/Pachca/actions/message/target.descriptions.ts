import type { INodeProperties } from 'n8n-workflow';

import { chatLocator, userIdByVersion } from '../common.descriptions';

/** Where a new message goes: Send and Send and Wait show the same fields, so both read alike. */
export const messageTargetProperties: INodeProperties[] = [
	{
		displayName: 'Send To',
		name: 'sendTo',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Chat', value: 'chat', description: 'A conversation or channel' },
			{ name: 'Thread', value: 'thread', description: 'A comment in a thread, by the thread ID' },
			{ name: 'User', value: 'user', description: 'A direct message to a user' },
		],
		default: 'chat',
	},
	{ ...chatLocator, displayOptions: { show: { sendTo: ['chat'] } } },
	...userIdByVersion({
		idDescription: 'The user to send a direct message to; the direct chat is created if there is none yet',
		pickerDescription:
			'The user to send a direct message to: pick them from the list or give their ID. The direct chat is created if there is none yet.',
		show: { sendTo: ['user'] },
	}),
	{
		displayName: 'Thread ID',
		name: 'threadId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 265142',
		description: 'The thread to comment in (the thread’s ID, not its chat ID)',
		displayOptions: { show: { sendTo: ['thread'] } },
	},
];
