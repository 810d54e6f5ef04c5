import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { choiceFilter, commaList, queryProperty, search, searchProperties } from './filters';
import { SEARCH_ROUTES } from './routes';

const properties = searchProperties(queryProperty('e.g. Oleg', 'Text to look for in names, emails, titles and other profile fields'), [
	{
		displayName: 'Roles',
		name: 'companyRoles',
		type: 'multiOptions',
		options: [
			{ name: 'Admin', value: 'admin' },
			{ name: 'Employee', value: 'user' },
			{ name: 'Guest', value: 'guest' },
			{ name: 'Multi-Guest', value: 'multi_guest' },
		],
		default: [],
		description: 'Only people with one of these roles in the company',
	},
	{
		displayName: 'Sort By',
		name: 'sort',
		type: 'options',
		options: [
			{ name: 'Creation Time', value: 'creation' },
			{ name: 'Name', value: 'alphabetical' },
			{ name: 'Relevance', value: 'by_score' },
		],
		default: 'by_score',
	},
]);

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['search'], operation: ['users'] } },
	properties,
);

/** GET /search/users: full-text search of people by name, email, title and other fields. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	return await search.call(this, SEARCH_ROUTES.users, { index, read, gate }, {
		companyRoles: ['company_roles', commaList((r, path) => r.choices(path))],
		sort: ['sort', choiceFilter],
	});
}
