import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { readBinaryAttachments } from './binaryFiles';
import { messageItems, readSimplify } from './output';
import { chatLocator } from '../common.descriptions';
import { attachBinaryFiles, postMessage, readMessageTarget, readNewMessage } from './compose';
import { newMessageProperties } from './fields.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Send To',
		name: 'sendTo',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Chat', value: 'chat', description: 'A conversation or channel' },
			{ name: 'Thread', value: 'thread', description: 'A comment in a thread, by the thread ID' },
			{ name: 'User', value: 'user', description: 'A direct message to a user, by the user ID' },
		],
		default: 'chat',
	},
	{ ...chatLocator, displayOptions: { show: { sendTo: ['chat'] } } },
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 186',
		description: 'The user to send a direct message to; the direct chat is created if there is none yet',
		displayOptions: { show: { sendTo: ['user'] } },
	},
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
	...newMessageProperties(true),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['send'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
): Promise<INodeExecutionData[]> {
	const target = readMessageTarget(read);
	const attachments = readBinaryAttachments(this, index, read, 'additionalFields.binaryFiles');
	const composed = readNewMessage(read, attachments.length);
	const simplified = readSimplify(read);
	await attachBinaryFiles(this, index, composed.message, attachments);
	return messageItems(this, await postMessage(this, index, target, composed), index, simplified);
}
