import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../operation';
import * as download from './download.operation';
import * as request from './request.operation';
import { CHAT_EXPORT_ROUTES } from './routes';

const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['chatExport'] } },
		options: [
			{
				name: 'Download',
				value: 'download',
				description: "Download a ready export's archive as binary data, optionally waiting until it is built",
				action: 'Download a chat export',
			},
			{
				name: 'Request',
				value: 'request',
				description: "Ask Pachca to export the messages of a period (Owner's token, Corporation plan)",
				action: 'Request a chat export',
			},
		],
		default: 'request',
	},
	{
		displayName:
			"Needs the workspace Owner's personal token with chat_exports:write (Request) and chat_exports:read (Download), on Pachca's Corporation plan.",
		name: 'chatExportNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['chatExport'] } },
	},
	...request.description,
	...download.description,
];

export const chatExport = {
	name: 'Chat Export',
	value: 'chatExport',
	description,
	operations: { download, request },
	routes: Object.values(CHAT_EXPORT_ROUTES),
} satisfies ResourceDefinition;
