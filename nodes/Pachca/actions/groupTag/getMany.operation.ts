import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { listItems, returnAllProperties } from '../returnAll';
import { readsTags } from './access';
import { GROUP_TAG_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['groupTag'], operation: ['getMany'] } }, returnAllProperties);

/** GET /group_tags: the workspace's tags, pages of at most 50, one item per tag. */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	return await listItems.call(this, GROUP_TAG_ROUTES.list, { index, read, gate });
}

export const execute = readsTags(run);
