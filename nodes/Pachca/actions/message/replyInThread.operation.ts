import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { readBinaryAttachments } from './binaryFiles';
import { messageItems, readSimplify } from './output';
import { pachcaApiRequest } from '../../../shared/transport';
import { MESSAGE_ROUTES } from './routes';
import { messageLocator } from '../common.descriptions';
import { attachBinaryFiles, postMessage, readNewMessage } from './compose';
import { newMessageProperties } from './fields.descriptions';

const properties: INodeProperties[] = [
	{ ...messageLocator, description: 'The message whose thread to reply in' },
	...newMessageProperties(false),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['replyInThread'] } },
	properties,
);

/**
 * Opens the message's thread (Pachca returns the existing one when there is one) and posts the reply
 * into it. Everything is checked before the first request; files from binary data are uploaded
 * before the thread is opened.
 */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const messageId = read.locatorId('messageId', 'message');
	const attachments = readBinaryAttachments(this, index, read, 'additionalFields.binaryFiles');
	const composed = readNewMessage(read, attachments.length);
	const simplified = readSimplify(read);
	// Uploads first: a failed upload must not leave a new, empty thread behind.
	await attachBinaryFiles(this, index, composed.message, attachments, gate);
	const response = await pachcaApiRequest.call(this, MESSAGE_ROUTES.openThread, {
		params: { id: messageId },
		itemIndex: index,
		gate,
		beforeChatWrite: true,
	});
	const thread = response.data as IDataObject;
	const reply = await postMessage(this, index, { entityType: 'thread', entityId: Number(thread.id) }, composed, gate);
	return messageItems(this, reply, index, simplified);
}
