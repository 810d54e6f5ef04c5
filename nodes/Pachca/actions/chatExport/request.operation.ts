import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { explainRefusal, scopeRefusal } from '../../../shared/hints';
import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { readExportDays } from './days';
import { CHAT_EXPORT_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: "The first day whose messages are exported (the day as written, in the workflow's timezone)",
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The last day whose messages are exported',
	},
	{
		displayName: 'Webhook URL',
		name: 'webhookUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://n8n.example.com/webhook/pachca-export',
		description:
			'Pachca calls this URL when the archive is ready; the export ID for Download comes with that call (e.g. an n8n Webhook node)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Chat IDs',
				name: 'chatIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1381521, 1381522',
				description: 'Export only these chats (IDs separated by commas); without this field: every chat',
			},
			{
				displayName: 'Skip Chats File',
				name: 'skipChatsFile',
				type: 'boolean',
				default: false,
				description: 'Whether to leave the file listing the chats out of the archive',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['chatExport'], operation: ['request'] } }, properties);

/** The ExportRequest body: the days, the webhook URL, and only the additional fields added. */
function readBody(read: ParameterReader, timezone: string): IDataObject {
	const { start, end } = readExportDays(read, timezone);
	const body: IDataObject = { start_at: start, end_at: end, webhook_url: read.url('webhookUrl') };
	if (read.given('additionalFields.chatIds')) {
		const chatIds = read.idList('additionalFields.chatIds');
		if (chatIds.length === 0) throw read.fail('additionalFields.chatIds', 'give at least one chat ID, or remove the field');
		body.chat_ids = chatIds;
	}
	const skip = read.optionalBoolean('additionalFields.skipChatsFile');
	if (skip !== undefined) body.skip_chats_file = skip;
	return body;
}

/** POST /chats/exports (204): Pachca starts building the archive and calls the Webhook URL when it is done. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const body = readBody(read, this.getTimezone());
	try {
		await pachcaApiRequest.call(this, CHAT_EXPORT_ROUTES.request, { body, itemIndex: index, gate });
	} catch (error) {
		throw await explainRefusal(this, error, { itemIndex: index, gate }, scopeRefusal(CHAT_EXPORT_ROUTES.request.scope));
	}
	return [{ json: { requested: true, ...body }, pairedItem: { item: index } }];
}
