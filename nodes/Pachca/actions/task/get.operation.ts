import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { withTaskScope } from './access';
import { taskIdProperty } from './descriptions';
import { TASK_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['get'] } }, [taskIdProperty]);

/** GET /tasks/{id}: one task. */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	const id = read.id('taskId');
	const response = await pachcaApiRequest.call(this, TASK_ROUTES.get, { params: { id }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}

export const execute = withTaskScope(TASK_ROUTES.get, run);
