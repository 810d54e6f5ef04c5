import { ExecuteContext, RoutingNode } from 'n8n-core';
import type { INode, INodeExecutionData, INodeType, IRunExecutionData } from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import { credentialTypes } from './node-types';
import type { PachcaCredentialData } from './workflow';
import { buildAdditionalData } from './workflow';

/**
 * Runs the credential's `test.request` the way n8n's credential tester does: a temporary node whose
 * only property routes that request, executed by n8n-core's RoutingNode with the credential applied.
 */
export async function testCredential(data: PachcaCredentialData): Promise<INodeExecutionData[][] | null | undefined> {
	const credentialType = credentialTypes.pachcaApi;
	const probe: INodeType = {
		description: {
			displayName: 'Credential probe',
			name: 'credentialProbe',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: { name: 'Credential probe' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: 'pachcaApi', required: true }],
			properties: [
				{
					displayName: 'Probe',
					name: 'probe',
					type: 'string',
					default: '',
					routing: { request: credentialType.test!.request },
				},
			],
		},
	};
	const node: INode = {
		id: 'probe',
		name: 'Credential probe',
		type: 'credentialProbe',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { pachcaApi: { id: 'cred-1', name: 'Pachca test credential' } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => probe,
			getByNameAndVersion: () => probe,
			getKnownTypes: () => ({}),
		},
	});
	const additionalData = buildAdditionalData(data, workflow);
	const inputData = { main: [[{ json: {} }]] };
	const runExecutionData: IRunExecutionData = createRunExecutionData();
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		runExecutionData,
		0,
		inputData.main[0],
		inputData,
		{ node, data: inputData, source: null },
		[],
	);
	return await new RoutingNode(context, probe, {
		id: 'cred-1',
		name: 'Pachca test credential',
		type: 'pachcaApi',
		data,
	}).runNode();
}
