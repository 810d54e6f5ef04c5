import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequestAllItems } from '../../../shared/transport';
import { readLimit, returnAllProperties } from '../returnAll';
import { withTaskScope } from './access';
import { TASK_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['getMany'] } }, returnAllProperties);

/** GET /tasks: the token owner's tasks, pages of at most 50, one item per task. */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	const limit = readLimit(read);
	const tasks = await pachcaApiRequestAllItems.call(this, TASK_ROUTES.list, { itemIndex: index, gate, limit });
	return tasks.map((task) => ({ json: task, pairedItem: { item: index } }));
}

export const execute = withTaskScope(TASK_ROUTES.list, run);
