import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { downloadFile, filesOf } from '../../../shared/files';
import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { messageLocator } from '../common.descriptions';
import { FILE_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{ ...messageLocator, description: 'The message whose files to download' },
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['file'], operation: ['download'] } }, properties);

/**
 * GET /messages/{id}, then each of its files streamed into n8n's binary store: one output item per
 * file (its fields as JSON, its bytes in the chosen field), none for a message without files.
 */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('messageId', 'message');
	const field = read.text('binaryPropertyName', { required: true }).trim();
	const response = await pachcaApiRequest.call(this, FILE_ROUTES.message, { params: { id }, itemIndex: index, gate });
	const message = (response.data ?? {}) as IDataObject;
	const items: INodeExecutionData[] = [];
	for (const file of filesOf(this, message, index)) {
		// The signed link is left out: it opens the file for anyone who holds it.
		const fields: IDataObject = { ...file, message_id: message.id, chat_id: message.chat_id };
		delete fields.url;
		items.push({
			json: fields,
			binary: { [field]: await downloadFile(this, file, index) },
			pairedItem: { item: index },
		});
	}
	return items;
}
