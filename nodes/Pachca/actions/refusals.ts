import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { RefusalHint } from '../../shared/hints';
import { explainRefusal } from '../../shared/hints';
import type { ParameterReader } from '../../shared/parameters';
import type { ExecutionGate } from '../../shared/transport';
import type { OperationExecute } from './operation';

/** The operation, with Pachca's refusals of it explained by `hint` (told by the credential's token). */
export function explainingRefusals(hint: RefusalHint, execute: OperationExecute): OperationExecute {
	return async function (
		this: IExecuteFunctions,
		index: number,
		read: ParameterReader,
		gate: ExecutionGate,
	): Promise<INodeExecutionData[]> {
		try {
			return await execute.call(this, index, read, gate);
		} catch (error) {
			throw await explainRefusal(this, error, { itemIndex: index, gate }, hint);
		}
	};
}
