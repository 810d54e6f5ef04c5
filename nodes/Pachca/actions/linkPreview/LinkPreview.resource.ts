import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import { LINK_PREVIEW_ROUTES } from './routes';
import * as create from './create.operation';


const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['linkPreview'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Add previews to the links of a message (Unfurl bots)',
				action: 'Create link previews',
			},
		],
		default: 'create',
	},
	...create.description,
];

export const linkPreview = {
	name: 'Link Preview',
	value: 'linkPreview',
	description,
	operations: { create },
	routes: Object.values(LINK_PREVIEW_ROUTES),
} satisfies ResourceDefinition;
