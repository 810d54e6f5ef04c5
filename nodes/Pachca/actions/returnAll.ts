import type { INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../../shared/parameters';

/** n8n's Return All / Limit pair, as every Get Many of this node shows it. */
export const returnAllProperties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/** The limit the user set, or undefined for Return All (the pagination reads every page). */
export function readLimit(read: ParameterReader): number | undefined {
	return read.boolean('returnAll', false) ? undefined : read.integer('limit', { min: 1 }, 50);
}
