import { WorkflowExecute } from 'n8n-core';
import type { IDataObject, IRun } from 'n8n-workflow';
import { createRunExecutionData } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import type { ActionResult } from '../harness/run';
import { runAction } from '../harness/run';
import { credentialsFor } from '../harness/credentials';
import { buildWorkflow } from '../harness/workflow';

export { credentialsFor };

export interface ProbeRequest {
	/** request: through our transport; all: Return All; raw: n8n's request helper alone */
	mode?: 'request' | 'all' | 'raw';
	method?: string;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	limit?: number;
	chatKey?: string;
	deadlineMs?: number;
}

interface ProbeOptions {
	token?: string;
	items?: number;
	continueOnFail?: boolean;
}

function probeNode(emulator: PachcaEmulator, request: ProbeRequest, options: ProbeOptions) {
	return {
		type: 'pachcaTransportProbe',
		credentials: credentialsFor(emulator, options.token ? { accessToken: options.token } : {}),
		continueOnFail: options.continueOnFail,
		parameters: {
			mode: request.mode ?? 'request',
			method: request.method ?? 'GET',
			path: request.path,
			qs: JSON.stringify(request.qs ?? {}),
			body: JSON.stringify(request.body ?? {}),
			limit: request.limit ?? 0,
			chatKey: request.chatKey ?? '',
			deadlineMs: request.deadlineMs ?? 0,
		},
	};
}

const inputItems = (options: ProbeOptions) => Array.from({ length: options.items ?? 1 }, () => ({}));

/** Sends one request per input item through the real transport inside a real n8n execution. */
export async function probe(emulator: PachcaEmulator, request: ProbeRequest, options: ProbeOptions = {}): Promise<ActionResult> {
	return await runAction(probeNode(emulator, request, options), inputItems(options));
}

/** Starts a probe execution that the test can stop as a user stops it in the editor (n8n's cancel). */
export function startProbe(emulator: PachcaEmulator, request: ProbeRequest, options: ProbeOptions = {}) {
	const { workflow, node, additionalData } = buildWorkflow(probeNode(emulator, request, options));
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node, data: { main: [inputItems(options).map((json) => ({ json }))] }, source: null }],
		},
	});
	const execution = new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	return { finished: execution as unknown as Promise<IRun>, cancel: () => execution.cancel() };
}
