import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import type { HistoryEvent } from '../../../shared/history';
import { historyEventItem, readEventHistory, readNewestEvents } from '../../../shared/history';
import { readLimit, returnAllProperties } from '../returnAll';

const properties: INodeProperties[] = [
	...returnAllProperties,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Output Payload Only',
				name: 'payloadOnly',
				type: 'boolean',
				default: false,
				description:
					'Whether to output each event as the Pachca Trigger does (the payload plus event_name), with the history entry\'s ID and time as event_ID and event_created_at',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['eventHistory'], operation: ['getMany'] } },
	properties,
);

/**
 * GET /webhooks/events, pages of 50 paced under the events-read limit. One item per event, oldest
 * first (sorted by ID); with a limit, the newest events.
 */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const limit = readLimit(read);
	const payloadOnly = read.boolean('options.payloadOnly', false);

	const events: HistoryEvent[] =
		limit === undefined
			? (await readEventHistory.call(this, { itemIndex: index, gate })).events
			: await readNewestEvents.call(this, limit, { itemIndex: index, gate });
	const json = events.map((event) => (payloadOnly ? historyEventItem(event) : (event as unknown as IDataObject)));
	return this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(json), { itemData: { item: index } });
}
