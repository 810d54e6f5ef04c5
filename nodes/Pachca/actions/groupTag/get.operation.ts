import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { readsTags } from './access';
import { groupTagLocator } from './descriptions';
import { GROUP_TAG_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['get'] } }, [groupTagLocator]);

/** GET /group_tags/{id}: the tag's name and how many people have it. */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	const id = read.locatorId('groupTagId');
	const response = await pachcaApiRequest.call(this, GROUP_TAG_ROUTES.get, { params: { id }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}

export const execute = readsTags(run);
