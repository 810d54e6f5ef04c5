import type { IDataObject, IExecuteFunctions, INodeParameterResourceLocator, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { LINK_REGEX } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { THREAD_ROUTES } from './routes';

/**
 * Thread picker: the thread's ID, or the link of the message the thread belongs to (Pachca's "Copy
 * link" of a message; a thread has no link of its own in the API). A link costs one GET /messages/{id}.
 */
export const threadLocator: INodeProperties = {
	displayName: 'Thread',
	name: 'threadId',
	type: 'resourceLocator',
	default: { mode: 'id', value: '' },
	required: true,
	description: 'The thread: its ID (the thread ID, not the ID of its chat), or the link of the message it belongs to',
	modes: [
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 265142',
			validation: [{ type: 'regex', properties: { regex: '^[1-9]\\d*$', errorMessage: 'Thread: not a valid thread ID' } }],
		},
		{
			displayName: 'By Message URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://app.pachca.com/chats/918264?message=56431',
			validation: [
				{ type: 'regex', properties: { regex: LINK_REGEX.message, errorMessage: 'Thread: not a Pachca message link' } },
			],
		},
	],
};

/** The thread's ID: typed, or read from the linked message's `thread` (an error if it has none). */
export async function resolveThreadId(
	ctx: IExecuteFunctions,
	read: ParameterReader,
	index: number,
	gate: ExecutionGate,
): Promise<number> {
	const located = read.raw('threadId') as INodeParameterResourceLocator | undefined;
	const byLink = typeof located === 'object' && located !== null && located.mode === 'url';
	const id = read.locatorId('threadId', 'message');
	if (!byLink) return id;
	const response = await pachcaApiRequest.call(ctx, THREAD_ROUTES.getMessage, { params: { id }, itemIndex: index, gate });
	const thread = (response.data as IDataObject | undefined)?.thread as IDataObject | null | undefined;
	if (!thread?.id) {
		throw new NodeOperationError(ctx.getNode(), `Thread: message ${id} has no thread (item ${index})`, {
			description: 'Use Thread → Create to open one, or give the thread ID.',
			itemIndex: index,
		});
	}
	return Number(thread.id);
}
