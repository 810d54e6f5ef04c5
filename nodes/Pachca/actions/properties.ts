import type { INodeProperties } from 'n8n-workflow';

import { resources } from './resources';
import { settings } from './settings.description';

const registered = Object.values(resources);

/** Every parameter of the Pachca node: the resource picker, then each resource's operations. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: registered
			.map(({ name, value }) => ({ name, value }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: 'message',
	},
	...registered.flatMap((resource) => resource.description),
	...settings,
];
