import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as download from './download.operation';
import { FILE_ROUTES } from './routes';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['file'] } },
		options: [
			{
				name: 'Download',
				value: 'download',
				description: "Download a message's files as binary data, one item per file",
				action: 'Download the files of a message',
			},
		],
		default: 'download',
	},
	...download.description,
];

export const file = {
	name: 'File',
	value: 'file',
	description,
	operations: { download },
	routes: Object.values(FILE_ROUTES),
} satisfies ResourceDefinition;
