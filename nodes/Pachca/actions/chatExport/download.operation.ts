import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { downloadFile } from '../../../shared/files';
import { explainRefusal, scopeRefusal } from '../../../shared/hints';
import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { exportLink } from './readiness';
import { CHAT_EXPORT_ROUTES } from './routes';

const MAX_WAIT_SECONDS = 3600;

const properties: INodeProperties[] = [
	{
		displayName: 'Export ID',
		name: 'exportId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 22322',
		description: 'The export to download: its ID comes with the call Pachca makes to the Webhook URL when it is ready',
	},
	{
		displayName: 'Wait Until Ready',
		name: 'waitUntilReady',
		type: 'boolean',
		default: false,
		description:
			'Whether to keep asking Pachca until the archive is built (up to Max Wait). Off: an export that is not ready yet is an error.',
	},
	{
		displayName: 'Max Wait (Seconds)',
		name: 'maxWaitSeconds',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_WAIT_SECONDS },
		default: 300,
		description: 'How long to wait for the archive at most; then the node fails saying so',
		displayOptions: { show: { waitUntilReady: [true] } },
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the archive in',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['chatExport'], operation: ['download'] } }, properties);

/** The archive's name in the link's path (`…/export-22322.zip?X-Amz-…`), else one made from the ID. */
function fileNameOf(link: string, id: number): string {
	const last = new URL(link).pathname.split('/').pop() ?? '';
	try {
		const name = decodeURIComponent(last);
		return name === '' ? `export-${id}.zip` : name;
	} catch {
		return `export-${id}.zip`;
	}
}

/** GET /chats/exports/{id} (302 to a temporary link), then the archive streamed into n8n's binary store. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.id('exportId');
	const wait = read.boolean('waitUntilReady', false);
	const maxWaitMs = wait ? read.integer('maxWaitSeconds', { min: 1, max: MAX_WAIT_SECONDS }, 300) * 1000 : undefined;
	const field = read.text('binaryPropertyName', { required: true }, 'data').trim();
	let link: string;
	try {
		link = await exportLink.call(this, id, { index, gate, maxWaitMs });
	} catch (error) {
		throw await explainRefusal(this, error, { itemIndex: index, gate }, scopeRefusal(CHAT_EXPORT_ROUTES.download.scope));
	}
	const fileName = fileNameOf(link, id);
	const binary = await downloadFile(this, { name: fileName, url: link }, index);
	return [{ json: { export_id: id, file_name: fileName }, binary: { [field]: binary }, pairedItem: { item: index } }];
}
