import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { listItems, returnAllProperties } from '../returnAll';
import { readsTags } from './access';
import { groupTagLocator } from './descriptions';
import { GROUP_TAG_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['getUsers'] } }, [
	groupTagLocator,
	...returnAllProperties,
]);

/** GET /group_tags/{id}/users: the people who have the tag, pages of at most 50, one item per person. */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	const id = read.locatorId('groupTagId');
	return await listItems.call(this, GROUP_TAG_ROUTES.users, { index, read, gate }, () => ({ params: { id } }));
}

export const execute = readsTags(run);
