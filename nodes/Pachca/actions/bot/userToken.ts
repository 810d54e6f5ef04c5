import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { explainRefusal, NEEDS_USER_TOKEN } from '../../../shared/hints';
import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import type { OperationExecute } from '../operation';

/** Bot management needs a person's token: a refusal of a bot token says so instead of naming a scope. */
export function needsUserToken(execute: OperationExecute): OperationExecute {
	return async function (
		this: IExecuteFunctions,
		index: number,
		read: ParameterReader,
		gate: ExecutionGate,
	): Promise<INodeExecutionData[]> {
		try {
			return await execute.call(this, index, read, gate);
		} catch (error) {
			throw await explainRefusal(this, error, { itemIndex: index, gate }, NEEDS_USER_TOKEN);
		}
	};
}
