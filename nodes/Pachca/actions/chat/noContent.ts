import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate, Route } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { chatLocator } from '../common.descriptions';
import type { Operation } from '../operation';

/**
 * An operation on one chat that Pachca answers with 204 (Archive, Unarchive, Leave): its description
 * (the chat, and a notice when there is one) and an execute that outputs `{ success: true, id }`.
 */
export function chatNoContentOperation(
	operation: 'archive' | 'unarchive' | 'leave',
	route: Route,
	locatorDescription: string,
	notice?: string,
): Operation {
	const noticeProperty = notice === undefined ? [] : [{ displayName: notice, name: `${operation}Notice`, type: 'notice' as const, default: '' }];
	return {
		description: updateDisplayOptions({ show: { resource: ['chat'], operation: [operation] } }, [
			...noticeProperty,
			{ ...chatLocator, description: locatorDescription },
		]),
		async execute(
			this: IExecuteFunctions,
			index: number,
			read: ParameterReader,
			gate: ExecutionGate,
		): Promise<INodeExecutionData[]> {
			const id = read.locatorId('chatId', 'chat');
			await pachcaApiRequest.call(this, route, { params: { id }, itemIndex: index, gate });
			return [{ json: { success: true, id }, pairedItem: { item: index } }];
		},
	};
}
