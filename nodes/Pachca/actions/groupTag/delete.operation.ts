import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { writesTags } from './access';
import { groupTagLocator } from './descriptions';
import { GROUP_TAG_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['delete'] } }, [
	{
		displayName:
			'Deleting a tag cannot be undone: the tag is removed from every person who has it and from every chat it was added to. A new tag of the same name is a different tag (new ID).',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
	},
	{ ...groupTagLocator, description: 'The group tag to delete' },
]);

/** DELETE /group_tags/{id} (204). */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	const id = read.locatorId('groupTagId');
	await pachcaApiRequest.call(this, GROUP_TAG_ROUTES.delete, { params: { id }, itemIndex: index, gate });
	return [{ json: { success: true, id }, pairedItem: { item: index } }];
}

export const execute = writesTags(run);
