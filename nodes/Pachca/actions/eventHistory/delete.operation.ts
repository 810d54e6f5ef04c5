import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { deleteHistoryEvent } from '../../../shared/history';

export const eventIdDescription =
	'A 26-character ULID such as 01KAJZ2XDSS2S3DSW9EXJZ0TBV: the "ID" of a Get Many result, or "event_ID" of a history trigger item';

const properties: INodeProperties[] = [
	{
		displayName: 'Event ID',
		name: 'eventId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 01KAJZ2XDSS2S3DSW9EXJZ0TBV',
		description: eventIdDescription,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['eventHistory'], operation: ['delete'] } },
	properties,
);

/** DELETE /webhooks/events/{id} (bot token only). A malformed ID is an error and sends nothing. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.ulid('eventId');
	await deleteHistoryEvent.call(this, id, { itemIndex: index, gate });
	return this.helpers.constructExecutionMetaData([{ json: { success: true, id } }], { itemData: { item: index } });
}
