import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

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

/** One output item per message, every field kept unless the node's "Simplify" is on; paired to `index`. */
export function messageItems(
	ctx: IExecuteFunctions,
	messages: IDataObject | IDataObject[],
	index: number,
): INodeExecutionData[] {
	const list = Array.isArray(messages) ? messages : [messages];
	const trim = ctx.getNodeParameter('simplify', index, false) as boolean;
	return ctx.helpers.constructExecutionMetaData(
		ctx.helpers.returnJsonArray(trim ? list.map(simplify) : list),
		{ itemData: { item: index } },
	);
}
