import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';

/** What "Simplify" keeps of a message. */
const KEY_FIELDS = [
	'id',
	'entity_type',
	'entity_id',
	'chat_id',
	'content',
	'user_id',
	'created_at',
	'url',
	'parent_message_id',
	'thread',
];

function simplify(message: IDataObject): IDataObject {
	return Object.fromEntries(KEY_FIELDS.filter((key) => key in message).map((key) => [key, message[key]]));
}

/**
 * Whether the item's output keeps only the key fields ("Simplify"). Read before any request, so a bad
 * value stops the item before anything is sent.
 */
export const readSimplify = (read: ParameterReader): boolean => read.boolean('simplify', false);

/** One output item per message, every field kept unless `simplified`; paired to `index`. */
export function messageItems(
	ctx: IExecuteFunctions,
	messages: IDataObject | IDataObject[],
	index: number,
	simplified: boolean,
): INodeExecutionData[] {
	const list = Array.isArray(messages) ? messages : [messages];
	return ctx.helpers.constructExecutionMetaData(
		ctx.helpers.returnJsonArray(simplified ? list.map(simplify) : list),
		{ itemData: { item: index } },
	);
}
