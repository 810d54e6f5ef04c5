import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { parseUlid } from '../../../shared/parameters/ids';
import { deleteHistoryEvent, httpStatusOf } from '../../../shared/history';

const properties: INodeProperties[] = [
	{
		displayName: 'Events to Delete',
		name: 'source',
		type: 'options',
		options: [
			{
				name: 'Events of the Input Items',
				value: 'input',
				description:
					'The event of each input item: its event_ID (Pachca Event History Trigger, Get Many with Output Payload Only) or its ID (Get Many)',
			},
			{ name: 'List of IDs', value: 'list', description: 'The IDs typed or mapped below' },
		],
		default: 'input',
	},
	{
		displayName: 'Event IDs',
		name: 'eventIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 01KAJZ2XDSS2S3DSW9EXJZ0TBV, 01KAJZ2XDSS2S3DSW9EXJZ0TBW',
		description: 'Event IDs (26-character ULIDs) separated by commas, spaces or new lines',
		displayOptions: { show: { source: ['list'] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['eventHistory'], operation: ['deleteMany'] } },
	properties,
);

/** The event ID an input item carries: event_id of trigger-shaped items, else a ULID `id` of whole events. */
function eventIdOfItem(read: ParameterReader, json: IDataObject): string {
	const candidate = json.event_id !== undefined ? json.event_id : json.id;
	const id = parseUlid(candidate);
	if (id === undefined) {
		throw read.expected('source', 'an input item with an event_id or id that is an event ID (ULID)', candidate);
	}
	return id;
}

function idsOf(read: ParameterReader, value: unknown): string[] {
	const entries = Array.isArray(value) ? value : read.textValue('eventIds', value).split(/[\s,]+/).filter((e) => e !== '');
	if (entries.length === 0) throw read.fail('eventIds', 'is empty');
	// Every ID is checked before the first request.
	return [...new Set(entries.map((entry: unknown) => read.ulidValue('eventIds', entry)))];
}

/** A typed list is the same for every item; one from an expression may differ per item. */
function listIsPerItem(ctx: IExecuteFunctions): boolean {
	const value = ctx.getNode().parameters.eventIds;
	return typeof value === 'string' && value.startsWith('=');
}

/**
 * DELETE /webhooks/events/{id} for each ID, paced by the transport. A typed list is deleted once, on
 * the first item, however many items come in. An event already gone (404) counts as deleted, with
 * `already_deleted: true`. With Continue On Fail a failed ID becomes its own error item and the others
 * are still deleted.
 */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const source = read.choice<'input' | 'list'>('source', 'input');
	if (source === 'list' && index > 0 && !listIsPerItem(this)) return [];
	const ids =
		source === 'input' ? [eventIdOfItem(read, this.getInputData()[index].json)] : idsOf(read, read.raw('eventIds', ''));

	const results: IDataObject[] = [];
	for (const id of ids) {
		const failure = await deleteHistoryEvent.call(this, id, { itemIndex: index, gate }).then(
			() => undefined,
			(error: Error) => error,
		);
		if (failure && httpStatusOf(failure) === 404) {
			results.push({ success: true, id, already_deleted: true });
			continue;
		}
		if (failure && !this.continueOnFail()) {
			// Both constructors hand back an error that is already of their class, itemIndex intact.
			throw failure instanceof NodeApiError
				? new NodeApiError(this.getNode(), failure as unknown as JsonObject)
				: new NodeOperationError(this.getNode(), failure, { itemIndex: index });
		}
		results.push(failure ? { success: false, id, error: failure.message } : { success: true, id });
	}
	return this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(results), { itemData: { item: index } });
}
