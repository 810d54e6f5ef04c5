import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { readTimeRange } from '../../../shared/parameters';
import type { ExecutionGate, Route } from '../../../shared/transport';
import { pachcaApiRequestAllItems } from '../../../shared/transport';
import { readLimit, returnAllProperties } from '../returnAll';

/** The search text (the spec lets it be empty: then only the filters select). */
export function queryProperty(placeholder: string, description: string): INodeProperties {
	return { displayName: 'Query', name: 'query', type: 'string', default: '', placeholder, description };
}

/** Filters every search method has: the creation range and the order. */
export const commonFilterFields: INodeProperties[] = [
	{
		displayName: 'Created After',
		name: 'createdFrom',
		type: 'dateTime',
		default: '',
		description: 'Only results created at or after this moment',
	},
	{
		displayName: 'Created Before',
		name: 'createdTo',
		type: 'dateTime',
		default: '',
		description: 'Only results created at or before this moment',
	},
	{
		displayName: 'Order',
		name: 'order',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: 'desc',
		description: 'Direction of the sort',
	},
];

/** A search's Query, Return All / Limit and its Filters collection (the common fields and its own, by name). */
export function searchProperties(query: INodeProperties, ownFilters: INodeProperties[]): INodeProperties[] {
	const options = [...commonFilterFields, ...ownFilters].sort((a, b) => a.displayName.localeCompare(b.displayName));
	return [
		query,
		...returnAllProperties,
		{ displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options },
	];
}

/** How one filter field becomes its query-string value. */
export type FilterReader = (read: ParameterReader, path: string) => IDataObject[keyof IDataObject];

/** The spec's array filters are `explode: false`: one parameter, the values joined by commas. */
export const commaList =
	(reader: (read: ParameterReader, path: string) => Array<string | number>): FilterReader =>
	(read, path) => {
		const values = reader(read, path);
		if (values.length === 0) throw read.fail(path, 'give at least one value, or remove the filter');
		return values.join(',');
	};

export const booleanFilter: FilterReader = (read, path) => read.booleanValue(path, read.raw(path, undefined));
export const choiceFilter: FilterReader = (read, path) => read.choice(path);

/** The creation range is read as one pair (readTimeRange), the other filters one by one. */
const CREATED = { from: 'filters.createdFrom', to: 'filters.createdTo' };
const COMMON_FILTERS: Record<string, [apiKey: string, reader: FilterReader]> = {
	order: ['order', choiceFilter],
};

/**
 * Runs one search: the query, the filters added to the collection (each checked before anything is
 * sent) and Return All / Limit; one output item per result.
 */
export async function search(
	this: IExecuteFunctions,
	route: Route,
	{ index, read, gate }: { index: number; read: ParameterReader; gate: ExecutionGate },
	ownFilters: Record<string, [apiKey: string, reader: FilterReader]>,
): Promise<INodeExecutionData[]> {
	const qs: IDataObject = {};
	const query = read.optionalText('query');
	if (query !== undefined) qs.query = query;
	const chosen = read.raw('filters', {});
	if (typeof chosen !== 'object' || chosen === null || Array.isArray(chosen)) {
		throw read.expected('filters', 'a set of filters', chosen);
	}
	const known = { ...COMMON_FILTERS, ...ownFilters };
	for (const field of Object.keys(chosen)) {
		const filter = known[field];
		if (filter) qs[filter[0]] = filter[1](read, `filters.${field}`);
	}
	const created = readTimeRange(read, CREATED);
	if (created.from) qs.created_from = created.from.toISOString();
	if (created.to) qs.created_to = created.to.toISOString();
	const limit = readLimit(read);
	const results = await pachcaApiRequestAllItems.call(this, route, { qs, itemIndex: index, gate, limit });
	return results.map((json) => ({ json, pairedItem: { item: index } }));
}
