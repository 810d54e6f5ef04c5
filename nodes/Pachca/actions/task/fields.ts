import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { CollectionField } from '../collection';
import { readCollection } from '../collection';

/** Each editor field of a task and how it becomes its TaskCreateRequest / TaskUpdateRequest key. */
const FIELDS: Record<string, CollectionField> = {
	kind: ['kind', (read, path) => read.choice(path)],
	content: ['content', (read, path) => read.text(path, { required: true })],
	// The wall time matters (23:59:59 = all day), so it goes with the workflow's offset, not in UTC.
	dueAt: ['due_at', (read, path) => read.zonedDateTime(path)],
	priority: ['priority', (read, path) => read.integer(path, { min: 1, max: 3 })],
	performerIds: ['performer_ids', readPerformers],
	chatId: ['chat_id', (read, path) => read.locatorId(path, 'chat')],
	allDay: ['all_day', (read, path) => read.boolean(path, false)],
	status: ['status', (read, path) => read.choice(path)],
	doneAt: ['done_at', (read, path) => read.dateTime(path).toISOString()],
	customProperties: ['custom_properties', readCustomProperties],
};

function readPerformers(read: ParameterReader, path: string): number[] {
	const ids = read.idList(path);
	if (ids.length === 0) throw read.fail(path, 'is empty: give at least one user ID, or remove the field');
	return ids;
}

/** `[{ id, value }]` from the Custom Properties rows; each ID a positive number, each value text. */
function readCustomProperties(read: ParameterReader, path: string): IDataObject[] {
	const value = read.raw(path, {});
	const rows = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { property?: unknown }).property ?? [] : value;
	if (!Array.isArray(rows)) throw read.expected(path, 'a list of properties', value);
	return rows.map((raw: unknown, i) => {
		const entry = read.within(path, `property ${i + 1}`);
		const row = (typeof raw === 'object' && raw !== null ? raw : {}) as { id?: unknown; value?: unknown };
		return { id: entry.idValue(`${path}.property.id`, row.id), value: entry.textValue(`${path}.property.value`, row.value) };
	});
}

/** The `task` object of a create or update request: only the fields added to `collection`, each checked. */
export const readTaskFields = (read: ParameterReader, collection: string): IDataObject => readCollection(read, collection, FIELDS);
