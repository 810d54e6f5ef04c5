import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { listItems, returnAllProperties } from '../returnAll';
import { withTaskScope } from './access';
import { TASK_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['getMany'] } }, returnAllProperties);

/** GET /tasks: the token owner's tasks, pages of at most 50, one item per task. */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	return await listItems.call(this, TASK_ROUTES.list, { index, read, gate });
}

export const execute = withTaskScope(TASK_ROUTES.list, run);
