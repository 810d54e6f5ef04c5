import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { explainRefusal, scopeRefusal } from '../../../shared/hints';
import type { ParameterReader } from '../../../shared/parameters';
import { readTimeRange } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequestAllItems } from '../../../shared/transport';
import { readLimit, returnAllProperties } from '../returnAll';
import { EVENT_KEY_OPTIONS } from './eventKeys';
import { SECURITY_LOG_ROUTES } from './routes';

const textFilter = (displayName: string, name: string, placeholder: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder,
	description,
});

const properties: INodeProperties[] = [
	{
		displayName:
			"Needs the workspace Owner's personal token with audit_events:read, on Pachca's Corporation plan.",
		name: 'securityLogNotice',
		type: 'notice',
		default: '',
	},
	...returnAllProperties,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			textFilter('Actor ID', 'actorId', 'e.g. 98765', 'Only events done by this user (their ID)'),
			textFilter('Actor Type', 'actorType', 'e.g. User', 'Only events done by this kind of actor'),
			{
				displayName: 'End Time',
				name: 'endTime',
				type: 'dateTime',
				default: '',
				description: "Only events at or before this moment; without an offset it is read in the workflow's timezone",
			},
			textFilter('Entity ID', 'entityId', 'e.g. 98765', 'Only events about this entity (its ID)'),
			textFilter('Entity Type', 'entityType', 'e.g. User', 'Only events about this kind of entity'),
			{
				displayName: 'Event',
				name: 'eventKey',
				type: 'options',
				options: EVENT_KEY_OPTIONS,
				default: 'user_login',
				description: 'Only events of this type',
			},
			{
				displayName: 'Start Time',
				name: 'startTime',
				type: 'dateTime',
				default: '',
				description: "Only events at or after this moment; without an offset it is read in the workflow's timezone",
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['securityLog'], operation: ['getMany'] } }, properties);

/** The text filters and their query keys; each is sent only when set. */
const TEXT_FILTERS: Record<string, string> = {
	actorId: 'actor_id',
	actorType: 'actor_type',
	entityId: 'entity_id',
	entityType: 'entity_type',
};

/** The query of GET /audit_events: only the filters added, each checked before anything is sent. */
function readQuery(read: ParameterReader): IDataObject {
	const qs: IDataObject = {};
	const { from, to } = readTimeRange(read, { from: 'filters.startTime', to: 'filters.endTime' });
	if (from) qs.start_time = from.toISOString();
	if (to) qs.end_time = to.toISOString();
	if (read.given('filters.eventKey')) qs.event_key = read.choice('filters.eventKey');
	for (const [field, key] of Object.entries(TEXT_FILTERS)) {
		const value = read.optionalText(`filters.${field}`)?.trim();
		if (value === '') throw read.fail(`filters.${field}`, 'is blank: give a value or remove the filter');
		if (value !== undefined) qs[key] = value;
	}
	return qs;
}

/** GET /audit_events, page after page (at most 50 each), one item per event. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const qs = readQuery(read);
	const limit = readLimit(read);
	try {
		const events = await pachcaApiRequestAllItems.call(this, SECURITY_LOG_ROUTES.list, { qs, itemIndex: index, gate, limit });
		return events.map((event) => ({ json: event, pairedItem: { item: index } }));
	} catch (error) {
		throw await explainRefusal(this, error, { itemIndex: index, gate }, scopeRefusal(SECURITY_LOG_ROUTES.list.scope));
	}
}
