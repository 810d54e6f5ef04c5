import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../../shared/parameters';

/** How one field of a collection is read (checked) and under which key of the request body it goes. */
export type CollectionField = [apiKey: string, reader: (read: ParameterReader, path: string) => unknown];

/**
 * The request object built from a `collection` parameter: only the fields the user added (so an update
 * changes only what was set), each read with its own rules before anything is sent.
 */
export function readCollection(read: ParameterReader, collection: string, fields: Record<string, CollectionField>): IDataObject {
	const chosen = read.raw(collection, {});
	if (typeof chosen !== 'object' || chosen === null || Array.isArray(chosen)) {
		throw read.expected(collection, 'a set of fields', chosen);
	}
	const body: IDataObject = {};
	for (const field of Object.keys(chosen)) {
		const known = fields[field];
		if (!known) continue;
		const [apiKey, reader] = known;
		body[apiKey] = reader(read, `${collection}.${field}`) as IDataObject[keyof IDataObject];
	}
	return body;
}

/** An Update operation's `updateFields` collection: the fields it may change, none sent unless added. */
export const updateFieldsProperty = (options: INodeProperties[]): INodeProperties => ({
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	description: 'Only the fields added here are sent; the others keep their current value',
	options,
});
