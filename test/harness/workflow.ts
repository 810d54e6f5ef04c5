import { ExecutionLifecycleHooks } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeParameters,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { credentialTypes, PACKAGE_NAME, TestNodeTypes } from './node-types';

export const nodeTypes = new TestNodeTypes();

export interface PachcaCredentialData extends ICredentialDataDecryptedObject {
	baseUrl: string;
	accessToken: string;
	signingSecret: string;
	webhookAllowedIps: string;
}

export interface NodeUnderTest {
	/** short node type name: 'pachca', 'pachcaTrigger', ... */
	type: string;
	parameters: INodeParameters;
	credentials: PachcaCredentialData;
	typeVersion?: number;
	continueOnFail?: boolean;
	staticData?: IDataObject;
	webhookId?: string;
	/** default 'wf-test'; triggers keep per-workflow state (e.g. the dedupe cache) */
	workflowId?: string;
	/** the workflow's Timezone setting (n8n's default otherwise) */
	timezone?: string;
}

export const NODE_NAME = 'Pachca';

export function buildNode(spec: NodeUnderTest): INode {
	return {
		id: 'node-under-test',
		name: NODE_NAME,
		type: `${PACKAGE_NAME}.${spec.type}`,
		typeVersion: spec.typeVersion ?? 1,
		position: [0, 0],
		parameters: spec.parameters,
		credentials: { pachcaApi: { id: 'cred-1', name: 'Pachca test credential' } },
		onError: spec.continueOnFail ? 'continueRegularOutput' : 'stopWorkflow',
		webhookId: spec.webhookId,
	};
}

/** A real n8n Workflow holding one node of ours, and the additionalData n8n-core executes it with. */
export function buildWorkflow(spec: NodeUnderTest, extraNodes: INode[] = []) {
	const node = buildNode(spec);
	const workflow = new Workflow({
		id: spec.workflowId ?? 'wf-test',
		name: 'Pachca test workflow',
		nodes: [...extraNodes, node],
		connections: {},
		active: false,
		nodeTypes,
		staticData: spec.staticData,
		settings: spec.timezone === undefined ? undefined : { timezone: spec.timezone },
	});
	const additionalData = buildAdditionalData(spec.credentials, workflow);
	return { workflow, node: workflow.getNode(NODE_NAME) as INode, additionalData };
}

export function buildAdditionalData(
	credentials: PachcaCredentialData,
	workflow: Workflow,
): IWorkflowExecuteAdditionalData {
	const hooks = new ExecutionLifecycleHooks('manual', 'exec-test', {
		id: workflow.id ?? 'wf-test',
		name: workflow.name ?? 'Pachca test workflow',
		nodes: Object.values(workflow.nodes),
		connections: workflow.connectionsBySourceNode,
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	});
	return {
		credentialsHelper: new TestCredentialsHelper(credentialTypes, { pachcaApi: credentials }),
		hooks,
		executionId: 'exec-test',
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		variables: {},
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('sub-workflows are not used in these tests');
		},
		startRunnerTask: async () => {
			throw new Error('task runners are not used in these tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}
