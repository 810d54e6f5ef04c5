import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { peopleRequest } from '../../../shared/people';
import type { ExecutionGate } from '../../../shared/transport';
import { userLocator } from '../common.descriptions';
import { readUserFields } from './fields';
import { userFields } from './fields.descriptions';
import { USER_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{ ...userLocator, description: 'The user to change (not the workspace Owner: only their own token may)' },
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; the others keep their current value',
		options: userFields('update'),
	},
];

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['update'] } }, properties);

/** PUT /users/{id} with only the fields set (an admin's token with users:update): the user, one item. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('userId');
	const user = readUserFields(read, 'updateFields');
	if (Object.keys(user).length === 0) throw read.fail('updateFields', 'add at least one field to change');
	const response = await peopleRequest(this, USER_ROUTES.update, { params: { id }, body: { user }, itemIndex: index, gate });
	return [{ json: (response.data ?? {}) as IDataObject, pairedItem: { item: index } }];
}
