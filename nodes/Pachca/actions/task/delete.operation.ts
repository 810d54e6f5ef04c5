import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { withTaskScope } from './access';
import { taskIdProperty } from './descriptions';
import { TASK_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['delete'] } }, [
	{ ...taskIdProperty, description: 'The task to delete. It cannot be restored; to close a task and keep it, use Update → Status: Done.' },
]);

/** DELETE /tasks/{id} (204). */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	const id = read.id('taskId');
	await pachcaApiRequest.call(this, TASK_ROUTES.delete, { params: { id }, itemIndex: index, gate });
	return [{ json: { success: true, id }, pairedItem: { item: index } }];
}

export const execute = withTaskScope(TASK_ROUTES.delete, run);
