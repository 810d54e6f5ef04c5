import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { updateFieldsProperty } from '../collection';
import { withTaskScope } from './access';
import { taskIdProperty, updateFields } from './descriptions';
import { readTaskFields } from './fields';
import { TASK_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['update'] } }, [
	taskIdProperty,
	updateFieldsProperty(updateFields),
]);

/** PUT /tasks/{id} with only the fields the user set (Status → Done closes a task). */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	const id = read.id('taskId');
	const task = readTaskFields(read, 'updateFields');
	if (Object.keys(task).length === 0) throw read.fail('updateFields', 'add at least one field to change');
	const response = await pachcaApiRequest.call(this, TASK_ROUTES.update, { params: { id }, body: { task }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}

export const execute = withTaskScope(TASK_ROUTES.update, run);
