import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { listItems, returnAllProperties } from '../returnAll';
import { USER_ROUTES } from './routes';

const properties: INodeProperties[] = [
	...returnAllProperties,
	{
		displayName: 'Search',
		name: 'query',
		type: 'string',
		default: '',
		placeholder: 'e.g. Oleg',
		description: 'Only users whose first or last name, email, phone or nickname contains this text',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['getMany'] } }, properties);

/** GET /users: the workspace's users, pages of at most 50, one item per user. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	return await listItems.call(this, USER_ROUTES.list, { index, read, gate }, () => {
		const query = read.optionalText('query');
		return { qs: query === undefined ? {} : { query } };
	});
}
