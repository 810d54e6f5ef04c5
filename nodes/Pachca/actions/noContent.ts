import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../shared/parameters';
import type { ExecutionGate, Route } from '../../shared/transport';
import { pachcaApiRequest } from '../../shared/transport';
import { chatLocator, messageLocator } from './common.descriptions';
import type { Operation } from './operation';

/** The thing such an operation acts on: a chat or a message, picked with its locator. */
const TARGETS = {
	chat: { locator: chatLocator, parameter: 'chatId' },
	message: { locator: messageLocator, parameter: 'messageId' },
} as const;

/**
 * An operation on one chat or message that Pachca answers with 204 (Delete, Pin, Unpin, Archive,
 * Unarchive, Leave): its description (the locator, and a notice when there is one) and an execute that
 * outputs `{ success: true, id }`.
 */
export function noContentOperation(spec: {
	resource: string;
	operation: string;
	target: keyof typeof TARGETS;
	route: Route;
	locatorDescription: string;
	notice?: string;
}): Operation {
	const { locator, parameter } = TARGETS[spec.target];
	const notice: INodeProperties[] =
		spec.notice === undefined ? [] : [{ displayName: spec.notice, name: `${spec.operation}Notice`, type: 'notice', default: '' }];
	return {
		description: updateDisplayOptions({ show: { resource: [spec.resource], operation: [spec.operation] } }, [
			...notice,
			{ ...locator, description: spec.locatorDescription },
		]),
		async execute(this: IExecuteFunctions, index: number, read: ParameterReader, gate: ExecutionGate): Promise<INodeExecutionData[]> {
			const id = read.locatorId(parameter, spec.target);
			await pachcaApiRequest.call(this, spec.route, { params: { id }, itemIndex: index, gate });
			return [{ json: { success: true, id }, pairedItem: { item: index } }];
		},
	};
}
