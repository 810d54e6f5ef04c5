/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
/**
 * n8n's waiting-webhook route for Send and Wait, as a real HTTP server: the node's resume URLs point
 * here (additionalData.webhookWaitingBaseUrl), a test opens the very URL a Pachca button carries, and
 * the node's `webhook()` runs in n8n-core's real WebhookContext with the waiting execution's data.
 *
 * What it reproduces of n8n 2.x (packages/cli waiting-webhooks.ts, webhook-helpers.ts):
 * - the route is `/webhook-waiting/<executionId>/<nodeId>`; the node's webhook with that path and the
 *   request's method (restartWebhook) answers it;
 * - the `signature` query parameter must be the HMAC-SHA256 (instance secret) of the URL's path and
 *   query without it, or the request gets 401 `{"error":"Invalid token"}` and the node is not called
 *   (n8n 2.41 does this for Send and Wait; test/e2e/approval.ts checks it on a real n8n). Newer n8n
 *   checks only when the execution asked for it (`data.validateSignature`, set through
 *   `setSignatureValidationRequired()`): `checksSignatures = false` stands for an n8n that does not
 *   check, so a test reaches the node's own check with a changed link;
 * - a waiting execution is stored and read back (here a JSON round trip), so a resumed node is a
 *   copy: disabling it does not disable the same node when a loop reaches it again;
 * - a finished execution answers n8n's "no action required" page (here the marker text
 *   NO_ACTION_REQUIRED) without calling the node;
 * - when `webhook()` returns workflowData, the execution resumes as n8n resumes it: the waiting node is
 *   disabled, its run is dropped, its input becomes the webhook's data and WorkflowExecute goes on;
 *   otherwise it keeps waiting; of two requests that both return workflowData, only the first resumes;
 * - `timeOut()` does what n8n's wait tracker does when waitTill passes: WorkflowExecute goes on with
 *   the execution as it is (the node is disabled and passes its input through).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { generateUrlSignature, prepareUrlForSigning, WAITING_TOKEN_QUERY_PARAM, WebhookContext, WorkflowExecute } from 'n8n-core';
import type { IDataObject, INode, INodeType, IRun, IRunExecutionData, IWebhookData, Workflow } from 'n8n-workflow';
import { createRunExecutionData, SEND_AND_WAIT_OPERATION } from 'n8n-workflow';

import { buildRequest, ExpressLikeResponse, readBody } from './webhook-server';
import type { NodeUnderTest } from './workflow';
import { buildWorkflow, nodeTypes } from './workflow';

/** The instance secret n8n signs resume URLs with; n8n-core reads it when it first needs it. */
export const HMAC_SECRET = 'pachca-test-hmac-secret';
process.env.N8N_HMAC_SIGNATURE_SECRET = HMAC_SECRET;

export const NO_ACTION_REQUIRED = 'send-and-wait-no-action-required';

/** One execution of a workflow holding the node under test, run until it waits or ends. */
export interface WaitingExecution {
	id: string;
	workflow: Workflow;
	node: INode;
	data: IRunExecutionData;
	/** the latest WorkflowExecute result */
	run: IRun;
	/** the node's output of its latest run (while waiting: what it returned before waiting) */
	items(): IDataObject[];
	finished(): boolean;
}

let executions = 0;

export class WaitingWebhookServer {
	private readonly executions = new Map<string, WaitingExecution & { additionalData: ReturnType<typeof buildWorkflow>['additionalData'] }>();

	/** requests being handled, resumes included (a resume goes on after the page is sent, as in n8n) */
	private readonly inFlight = new Set<Promise<void>>();

	private readonly server = http.createServer((req, raw) => {
		const handling = this.handle(req, raw).catch((error: Error) => {
			if (!raw.headersSent) raw.writeHead(500).end(error.message);
		});
		this.inFlight.add(handling);
		void handling.finally(() => this.inFlight.delete(handling));
	});

	/** what additionalData.webhookWaitingBaseUrl is set to */
	baseUrl = '';

	/** false: an n8n that does not check the URL's signature (see the top of this file) */
	checksSignatures = true;

	static async start(): Promise<WaitingWebhookServer> {
		const instance = new WaitingWebhookServer();
		await new Promise<void>((resolve) => instance.server.listen(0, '127.0.0.1', resolve));
		const { port } = instance.server.address() as AddressInfo;
		instance.baseUrl = `http://127.0.0.1:${port}/webhook-waiting`;
		return instance;
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	/** n8n's WEBHOOK_URL: the waiting routes' origin, which also serves the triggers' /webhook routes */
	get origin(): string {
		return new URL(this.baseUrl).origin;
	}

	/** Waits until every request and any resume it started are done (a resume goes on after the answer). */
	async idle(): Promise<void> {
		while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
	}

	/** Opens a resume URL as a browser does, and waits until the request and any resume it started are done. */
	async open(url: string, init: RequestInit = {}): Promise<{ status: number; body: string }> {
		const response = await fetch(url, { redirect: 'manual', ...init });
		const body = await response.text();
		await this.idle();
		return { status: response.status, body };
	}

	/**
	 * Runs the node on the input items through WorkflowExecute, as a production execution. With
	 * `loop`, the node's output goes back into it (a workflow that asks again after a time-out).
	 */
	async execute(
		spec: NodeUnderTest,
		input: IDataObject[] = [{}],
		options: { loop?: boolean; customData?: Record<string, string> } = {},
	): Promise<WaitingExecution> {
		const { workflow, node, additionalData } = buildWorkflow(spec);
		if (options.loop) {
			workflow.setConnections({ [node.name]: { main: [[{ node: node.name, type: 'main', index: 0 }]] } });
		}
		const id = `exec-wait-${++executions}`;
		additionalData.executionId = id;
		additionalData.webhookWaitingBaseUrl = this.baseUrl;
		const data = createRunExecutionData({
			executionData: { nodeExecutionStack: [{ node, data: { main: [input.map((json) => ({ json }))] }, source: null }] },
		});
		// What earlier nodes of the execution set through $execution.customData (n8n keeps it here).
		if (options.customData) data.resultData.metadata = { ...options.customData };
		const run = await new WorkflowExecute(additionalData, 'webhook', data).processRunExecutionData(workflow);
		const execution = {
			id,
			workflow,
			node,
			data: stored(data),
			run,
			additionalData,
			items(): IDataObject[] {
				const tasks = this.data.resultData.runData[node.name] ?? [];
				return (tasks.at(-1)?.data?.main?.[0] ?? []).map((item) => item.json);
			},
			finished(): boolean {
				return this.run.finished === true && !this.data.waitTill;
			},
		};
		this.executions.set(id, execution);
		return execution;
	}

	/** What n8n's wait tracker does once waitTill has passed. */
	async timeOut(execution: WaitingExecution): Promise<void> {
		if (!execution.data.waitTill) throw new Error('the execution is not waiting');
		const record = this.executions.get(execution.id)!;
		await this.continueRun(record, execution.data);
	}

	/** Runs the execution on from `data`; if it waits again, what is kept is the stored copy. */
	private async continueRun(
		execution: WaitingExecution & { additionalData: ReturnType<typeof buildWorkflow>['additionalData'] },
		data: IRunExecutionData,
	): Promise<void> {
		execution.run = await new WorkflowExecute(execution.additionalData, 'webhook', data).processRunExecutionData(
			execution.workflow,
		);
		execution.data = stored(data);
	}

	private async handle(req: http.IncomingMessage, raw: http.ServerResponse): Promise<void> {
		const res = new ExpressLikeResponse(raw);
		const rawBody = (await readBody(req, 16 * 1024 * 1024)) ?? Buffer.alloc(0);
		const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
		const [, route, executionId, nodeId] = url.pathname.split('/');
		const execution = this.executions.get(executionId);
		if (route !== 'webhook-waiting' || !execution) {
			res.status(404).json({ message: `The execution "${executionId}" does not exist.` });
			return;
		}
		if (this.checksSignatures && isSendAndWait(execution) && !validSignature(url)) {
			res.status(401).json({ error: 'Invalid token' });
			return;
		}
		if (execution.finished()) {
			res.status(200).send(NO_ACTION_REQUIRED);
			return;
		}
		const nodeType = nodeTypes.getByNameAndVersion(execution.node.type, execution.node.typeVersion) as INodeType;
		const description = nodeType.description.webhooks?.find((w) => w.httpMethod === req.method && w.restartWebhook);
		if (nodeId !== execution.node.id || !description) {
			res.status(404).json({ message: 'no waiting webhook with a matching path/method' });
			return;
		}

		const contentType = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
		const body = contentType === 'application/json' && rawBody.length > 0 ? JSON.parse(rawBody.toString('utf8')) : {};
		// Per request: two links opened at once must not share one request/response pair.
		const additionalData = {
			...execution.additionalData,
			httpRequest: buildRequest(req, rawBody, body, contentType) as never,
			httpResponse: res as never,
		};
		const webhookData = {
			httpMethod: req.method,
			node: execution.node.name,
			path: nodeId,
			webhookDescription: description,
			workflowId: execution.workflow.id,
			isTest: false,
		} as IWebhookData;
		const context = new WebhookContext(
			execution.workflow,
			execution.node,
			additionalData,
			'webhook',
			webhookData,
			[],
			execution.data,
		);
		const result = await nodeType.webhook!.call(context);
		if (!result.noWebhookResponse) res.status(200).json(result.webhookResponse ?? {});
		if (result.workflowData === undefined) return;
		// n8n resumes a waiting execution once: a second resume finds it no longer waiting
		// (ExecutionAlreadyResumingError, a conditional update on status = waiting).
		if (!execution.data.waitTill) return;

		// Resume as n8n does: the waiting node passes the webhook's data on instead of running again.
		const data = execution.data;
		const entry = data.executionData!.nodeExecutionStack[0];
		entry.node.disabled = true;
		entry.data.main = result.workflowData;
		data.waitTill = undefined;
		data.resultData.runData[data.resultData.lastNodeExecuted!].pop();
		await this.continueRun(execution, data);
	}
}

/** What n8n keeps of a waiting execution and reads back to resume it (it stores it serialised). */
function stored(data: IRunExecutionData): IRunExecutionData {
	const copy = JSON.parse(JSON.stringify(data)) as IRunExecutionData;
	if (data.waitTill) copy.waitTill = new Date(data.waitTill);
	return copy;
}

/** n8n checks a resume URL's signature when the node waiting is a Send and Wait. */
function isSendAndWait(execution: WaitingExecution): boolean {
	const waiting = execution.workflow.getNode(execution.data.resultData.lastNodeExecuted ?? '');
	return waiting?.parameters.operation === SEND_AND_WAIT_OPERATION;
}

/** n8n's check of a waiting-webhook request: the signature of its path and query, without `signature`. */
function validSignature(url: URL): boolean {
	const given = url.searchParams.get(WAITING_TOKEN_QUERY_PARAM);
	if (given === null) return false;
	const expected = generateUrlSignature(prepareUrlForSigning(url), HMAC_SECRET);
	return given === expected;
}
