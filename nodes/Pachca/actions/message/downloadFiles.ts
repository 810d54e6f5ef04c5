import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { downloadMessageFiles } from '../../../shared/files';
import type { ParameterReader } from '../../../shared/parameters';

/** Message → Get / Get Many: each message's files as binary data of its item. */
export const downloadFilesProperties: INodeProperties[] = [
	{
		displayName: 'Download Files',
		name: 'downloadFiles',
		type: 'boolean',
		default: false,
		description: "Whether to put each message's files into its item as binary data (streamed, names and MIME types kept)",
	},
	{
		displayName: 'Binary Field Prefix',
		name: 'binaryPrefix',
		type: 'string',
		default: 'file_',
		required: true,
		hint: 'The files go to <prefix>0, <prefix>1, … in the order of the message',
		displayOptions: { show: { downloadFiles: [true] } },
	},
];

/** The binary field prefix when Download Files is on, else undefined; read before anything is sent. */
export function readDownloadPrefix(read: ParameterReader): string | undefined {
	if (!read.boolean('downloadFiles', false)) return undefined;
	return read.text('binaryPrefix', { required: true }, 'file_').trim();
}

/** Adds each message's files to its item (items and messages in the same order), one file at a time. */
export async function attachDownloadedFiles(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	messages: IDataObject[],
	prefix: string | undefined,
	index: number,
): Promise<INodeExecutionData[]> {
	if (prefix === undefined) return items;
	for (const [position, item] of items.entries()) {
		const binary = await downloadMessageFiles(ctx, messages[position], prefix, index);
		if (Object.keys(binary).length > 0) item.binary = { ...item.binary, ...binary };
	}
	return items;
}
