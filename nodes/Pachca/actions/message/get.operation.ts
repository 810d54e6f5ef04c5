import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getLocatorId } from '../../../shared/parameters/locators';
import { messageItems } from '../../helpers/output';
import { pachcaApiRequest } from '../../../shared/transport';
import { messageLocator } from '../common.descriptions';
import { simplifyProperty } from './fields.descriptions';

const properties: INodeProperties[] = [messageLocator, simplifyProperty];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, index: number): Promise<INodeExecutionData[]> {
	const id = getLocatorId(this, 'messageId', 'Message', 'message', index);
	const response = await pachcaApiRequest.call(this, 'GET', `/messages/${id}`, { itemIndex: index });
	return messageItems(this, response.data as IDataObject, index);
}
