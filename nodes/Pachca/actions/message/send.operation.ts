import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { readBinaryAttachments } from './binaryFiles';
import { messageItems, readSimplify } from './output';
import { attachBinaryFiles, postMessage, readMessageTarget, readNewMessage } from './compose';
import { newMessageProperties } from './fields.descriptions';
import { messageTargetProperties } from './target.descriptions';

const properties: INodeProperties[] = [
	...messageTargetProperties,
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
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const target = readMessageTarget(read);
	const attachments = readBinaryAttachments(this, index, read, 'additionalFields.binaryFiles');
	const composed = readNewMessage(read, attachments.length);
	const simplified = readSimplify(read);
	await attachBinaryFiles(this, index, composed.message, attachments, gate);
	return messageItems(this, await postMessage(this, index, target, composed, gate), index, simplified);
}
