import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getLocatorId } from '../../helpers/ids';
import { pachcaApiRequest } from '../../transport';
import { messageLocator } from '../common.descriptions';

const properties: INodeProperties[] = [messageLocator];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, index: number): Promise<INodeExecutionData[]> {
	const id = getLocatorId(this, 'messageId', 'Message', 'message', index);
	const response = await pachcaApiRequest.call(this, 'GET', `/messages/${id}`, { itemIndex: index });
	return this.helpers.constructExecutionMetaData(
		this.helpers.returnJsonArray(response.data as IDataObject),
		{ itemData: { item: index } },
	);
}
