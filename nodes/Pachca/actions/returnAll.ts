import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../../shared/parameters';
import type { ExecutionGate, Route } from '../../shared/transport';
import { pachcaApiRequestAllItems } from '../../shared/transport';

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

/**
 * A plain Get Many: Return All / Limit, then every page of `route` (or up to the Limit), one output item
 * per entry. `request` is read after the limit, so a bad Limit is reported first, as before.
 */
export async function listItems(
	this: IExecuteFunctions,
	route: Route,
	{ index, read, gate }: { index: number; read: ParameterReader; gate: ExecutionGate },
	request: () => { qs?: IDataObject; params?: Record<string, string | number> } = () => ({}),
): Promise<INodeExecutionData[]> {
	const limit = readLimit(read);
	const entries = await pachcaApiRequestAllItems.call(this, route, { ...request(), itemIndex: index, gate, limit });
	return entries.map((json) => ({ json, pairedItem: { item: index } }));
}
