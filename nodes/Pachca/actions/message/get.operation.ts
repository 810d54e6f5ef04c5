import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { messageItems, readSimplify } from './output';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { MESSAGE_ROUTES } from './routes';
import { messageLocator } from '../common.descriptions';
import { simplifyProperty } from './fields.descriptions';
import { attachDownloadedFiles, downloadFilesProperties, readDownloadPrefix } from './downloadFiles';

const properties: INodeProperties[] = [messageLocator, simplifyProperty, ...downloadFilesProperties];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('messageId', 'message');
	const simplified = readSimplify(read);
	const downloadPrefix = readDownloadPrefix(read);
	const response = await pachcaApiRequest.call(this, MESSAGE_ROUTES.get, { params: { id }, itemIndex: index, gate });
	const message = response.data as IDataObject;
	return await attachDownloadedFiles(this, messageItems(this, message, index, simplified), [message], downloadPrefix, index);
}
