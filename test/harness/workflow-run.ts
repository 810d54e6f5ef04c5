/**
 * The rest of a webhook-started workflow, as n8n 2.x runs it (packages/cli webhook-helpers.ts):
 * the trigger's workflowData becomes the start node's input, WorkflowExecute runs the nodes after it,
 * and a node's `sendResponse` (Respond to Webhook, our Form → Respond) reaches the waiting request
 * through the execution's lifecycle hook 'sendResponse'.
 *
 * responseMode 'responseNode': the request is answered with the first sendResponse; a run that ends
 * without one is answered 200 with no body; a run that fails first is answered 500 "Error in workflow".
 */
import { WorkflowExecute } from 'n8n-core';
import type {
	IExecuteResponsePromiseData,
	INode,
	INodeExecutionData,
	IRun,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';
import { createRunExecutionData } from 'n8n-workflow';

export interface WorkflowRunOutcome {
	run: IRun;
	/** what the first sendResponse carried, if any */
	response?: IExecuteResponsePromiseData;
}

/** The node after the trigger (connected from its main output), e.g. a Pachca node on Form → Respond. */
export function connectAfter(workflow: Workflow, trigger: INode, next: INode): void {
	workflow.setConnections({ [trigger.name]: { main: [[{ node: next.name, type: 'main', index: 0 }]] } });
}

/** Runs the workflow from the trigger's data; `onResponse` is called at the first sendResponse. */
export async function runFromWebhook(
	workflow: Workflow,
	trigger: INode,
	workflowData: INodeExecutionData[][],
	additionalData: IWorkflowExecuteAdditionalData,
	onResponse: (response: IExecuteResponsePromiseData) => void,
): Promise<WorkflowRunOutcome> {
	let response: IExecuteResponsePromiseData | undefined;
	additionalData.hooks!.addHandler('sendResponse', (sent: IExecuteResponsePromiseData) => {
		if (response !== undefined) return;
		response = sent;
		onResponse(sent);
	});
	const data = createRunExecutionData({
		executionData: { nodeExecutionStack: [{ node: trigger, data: { main: workflowData }, source: null }] },
	});
	const run = await new WorkflowExecute(additionalData, 'webhook', data).processRunExecutionData(workflow);
	return { run, response };
}

/** responseMode as n8n evaluates it: the webhook description's value, an expression read against the node. */
export function responseModeOf(workflow: Workflow, node: INode, value: unknown, mode: 'webhook' | 'manual'): string {
	return String(workflow.expression.getSimpleParameterValue(node, value as string, mode, {}, undefined, 'onReceived'));
}
