import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { BOT_ROUTES } from './routes';
import { needsUserToken } from './userToken';
import { listItems, returnAllProperties } from '../returnAll';

const properties: INodeProperties[] = [
	...returnAllProperties,
	{
		displayName: 'Search',
		name: 'query',
		type: 'string',
		default: '',
		placeholder: 'e.g. task',
		description: 'Only bots whose name contains this text',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['bot'], operation: ['getMany'] } }, properties);

/** GET /bots: the bots this user token may edit, pages of at most 50, one item per bot. */
async function run(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	return await listItems.call(this, BOT_ROUTES.list, { index, read, gate }, () => {
		const query = read.optionalText('query');
		return { qs: query === undefined ? {} : { query } };
	});
}

export const execute = needsUserToken(run);
