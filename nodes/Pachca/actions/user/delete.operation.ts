import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { peopleRequest } from '../../../shared/people';
import type { ExecutionGate } from '../../../shared/transport';
import { userLocator } from '../common.descriptions';
import { USER_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{
		displayName:
			'Deleting a user cannot be undone: they leave every chat and their tokens stop working for good. To block access reversibly, use Update → Deactivated instead.',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
	},
	{ ...userLocator, description: 'The user to delete (not the workspace Owner)' },
];

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['delete'] } }, properties);

/** DELETE /users/{id} (204; an admin's token with users:delete). */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('userId');
	await peopleRequest(this, USER_ROUTES.delete, { params: { id }, itemIndex: index, gate });
	return [{ json: { success: true, id }, pairedItem: { item: index } }];
}
