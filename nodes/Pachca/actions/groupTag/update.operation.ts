import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { writesTags } from './access';
import { groupTagLocator, TAG_NAME_MAX, tagNameProperty } from './descriptions';
import { GROUP_TAG_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['update'] } }, [
	groupTagLocator,
	{ ...tagNameProperty, displayName: 'New Name', name: 'newName', description: "The tag's new name (the name is all a tag has)" },
]);

/** PUT /group_tags/{id}: renames the tag (GroupTagRequest has the name only, and requires it). */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	const id = read.locatorId('groupTagId');
	const name = read.text('newName', { required: true, max: TAG_NAME_MAX });
	const response = await pachcaApiRequest.call(this, GROUP_TAG_ROUTES.update, {
		params: { id },
		body: { group_tag: { name } },
		itemIndex: index,
		gate,
	});
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}

export const execute = writesTags(run);
