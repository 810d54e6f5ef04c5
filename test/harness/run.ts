import {
	HookContext,
	LoadOptionsContext,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ExecutionError,
	IBinaryKeyData,
	IDataObject,
	INodeExecutionData,
	INodeListSearchResult,
	INodeType,
	IRun,
	WorkflowActivateMode,
} from 'n8n-workflow';
import { createRunExecutionData } from 'n8n-workflow';

import type { NodeUnderTest } from './workflow';
import { buildWorkflow, nodeTypes } from './workflow';

export interface ActionResult {
	/** the node's first output */
	items: INodeExecutionData[];
	/** the execution error when the node failed (and Continue On Fail was off) */
	error?: ExecutionError;
	run: IRun;
}

/**
 * Executes an action node on the given input items through n8n-core's real WorkflowExecute;
 * `binary[i]`, when given, is input item i's binary data.
 */
export async function runAction(
	spec: Omit<NodeUnderTest, 'type'> & { type?: string },
	input: IDataObject[] = [{}],
	binary: Array<IBinaryKeyData | undefined> = [],
): Promise<ActionResult> {
	const { workflow, node, additionalData } = buildWorkflow({ type: 'pachca', ...spec });
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node,
					data: { main: [input.map((json, i) => (binary[i] ? { json, binary: binary[i] } : { json }))] },
					source: null,
				},
			],
		},
	});
	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	const run = await execute.processRunExecutionData(workflow);
	const task = run.data.resultData.runData[node.name]?.[0];
	return {
		items: task?.data?.main?.[0] ?? [],
		error: run.data.resultData.error,
		run,
	};
}

/** Runs one of a trigger's webhook lifecycle methods (checkExists/create/delete) through HookContext. */
export async function runHook(
	spec: NodeUnderTest,
	method: 'checkExists' | 'create' | 'delete',
	options: { webhookBaseUrl: string; isTest?: boolean; activation?: WorkflowActivateMode },
): Promise<boolean | undefined> {
	spec.staticData ??= {};
	const { workflow, node, additionalData } = buildWorkflow(spec);
	const isTest = options.isTest ?? false;
	// n8n builds the webhook URL from these and the node's webhookId.
	additionalData.webhookBaseUrl = `${options.webhookBaseUrl}/webhook`;
	additionalData.webhookTestBaseUrl = `${options.webhookBaseUrl}/webhook-test`;
	const context = new HookContext(
		workflow,
		node,
		additionalData,
		isTest ? 'manual' : 'trigger',
		options.activation ?? 'activate',
		{
			httpMethod: 'POST',
			node: node.name,
			path: 'pachca',
			webhookDescription: { name: 'default', httpMethod: 'POST', path: 'pachca' },
			workflowId: workflow.id,
			webhookId: node.webhookId,
			isTest,
		} as never,
	);
	const nodeType = nodeTypes.getByNameAndVersion(node.type, node.typeVersion) as INodeType;
	const result = await nodeType.webhookMethods!.default![method].call(context);
	Object.assign(spec.staticData, workflow.staticData);
	return result;
}

/** Calls a listSearch method of a node through n8n-core's LoadOptionsContext. */
export async function runListSearch(
	spec: NodeUnderTest,
	method: string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { workflow, node, additionalData } = buildWorkflow(spec);
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const nodeType = nodeTypes.getByNameAndVersion(node.type, node.typeVersion) as INodeType;
	return await nodeType.methods!.listSearch![method].call(context, filter, paginationToken);
}
