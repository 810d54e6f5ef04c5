import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { withTaskScope } from './access';
import { createFields, kindProperty } from './descriptions';
import { readTaskFields } from './fields';
import { TASK_ROUTES } from './routes';

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['create'] } }, [
	{ ...kindProperty, required: true },
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: createFields },
]);

/** POST /tasks: the new task (reminder), one item. */
async function run(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
	const task = { kind: read.choice('kind'), ...readTaskFields(read, 'additionalFields') };
	const response = await pachcaApiRequest.call(this, TASK_ROUTES.create, { body: { task }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}

export const execute = withTaskScope(TASK_ROUTES.create, run);
