import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { CUSTOM_PROPERTY_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{
		displayName: 'Entity Type',
		name: 'entityType',
		type: 'options',
		options: [
			{ name: 'User', value: 'User', description: "Fields of users' profiles" },
			{ name: 'Task', value: 'Task', description: 'Fields of tasks (reminders)' },
		],
		default: 'User',
		description: 'Whose custom fields to list',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['customProperty'], operation: ['getMany'] } }, properties);

/** GET /custom_properties?entity_type=…: every custom field the workspace defines (one answer, no pages), one item each. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const entityType = read.choice('entityType');
	const response = await pachcaApiRequest.call(this, CUSTOM_PROPERTY_ROUTES.list, { qs: { entity_type: entityType }, itemIndex: index, gate });
	const definitions = Array.isArray(response.data) ? (response.data as IDataObject[]) : [];
	return definitions.map((definition) => ({ json: definition, pairedItem: { item: index } }));
}
