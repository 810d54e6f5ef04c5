import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../../shared/parameters';
import type { ExecutionGate, Route } from '../../shared/transport';

/**
 * An operation runs once per item; `read` checks that item's parameters before anything is sent, and
 * every request it makes carries `gate` (the execution's request budget) with the item's index.
 */
export type OperationExecute = (
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
) => Promise<INodeExecutionData[]>;

/** One `<operation>.operation.ts`: its parameters and its execute, side by side. */
export interface Operation {
	description: INodeProperties[];
	execute: OperationExecute;
}

/**
 * What a resource folder hands the registry (`resources.ts`): its entry in the Resource picker, every
 * parameter it shows (the Operation picker first), its operations by the picker's values, and the
 * endpoints they call.
 */
export interface ResourceDefinition<Operations extends string = string> {
	/** shown in the Resource picker */
	name: string;
	/** the `resource` parameter's value */
	value: string;
	description: INodeProperties[];
	operations: Record<Operations, Operation>;
	/** every endpoint its operations call (docs, the scope check against the spec, the emulator's tests) */
	routes: Route[];
}
