import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate, Route } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { messageLocator } from '../common.descriptions';
import type { Operation } from '../operation';

/**
 * An operation on one message that Pachca answers with 204 (Delete, Pin, Unpin): its description
 * (just the message) and an execute that outputs `{ success: true, id }`.
 */
export function noContentOperation(
	operation: 'delete' | 'pin' | 'unpin',
	route: Route,
	locatorDescription: string,
): Operation {
	return {
		description: updateDisplayOptions({ show: { resource: ['message'], operation: [operation] } }, [
			{ ...messageLocator, description: locatorDescription },
		]),
		async execute(
			this: IExecuteFunctions,
			index: number,
			read: ParameterReader,
			gate: ExecutionGate,
		): Promise<INodeExecutionData[]> {
			const id = read.locatorId('messageId', 'message');
			await pachcaApiRequest.call(this, route, { params: { id }, itemIndex: index, gate });
			return this.helpers.constructExecutionMetaData([{ json: { success: true, id } }], {
				itemData: { item: index },
			});
		},
	};
}
