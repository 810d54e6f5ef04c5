import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { writesTags } from './access';
import { TAG_NAME_MAX, tagNameProperty } from './descriptions';
import { GROUP_TAG_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['create'] } }, [
	{ ...tagNameProperty, description: `${tagNameProperty.description}. Needs an admin's token with group_tags:write.` },
]);

/** POST /group_tags: the new tag, one item. */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	const name = read.text('name', { required: true, max: TAG_NAME_MAX });
	const response = await pachcaApiRequest.call(this, GROUP_TAG_ROUTES.create, { body: { group_tag: { name } }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}

export const execute = writesTags(run);
