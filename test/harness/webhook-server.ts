/* eslint-disable @n8n/community-nodes/no-restricted-imports */
/**
 * A real HTTP endpoint standing in for n8n's webhook route, for one trigger node: Pachca (or the
 * emulator, or a test's fetch) posts to `url`, and the node's `webhook()` runs inside n8n-core's real
 * WebhookContext with an express-like request and response, as n8n 2.x does it.
 *
 * What it reproduces from n8n (packages/cli webhook-helpers.ts and middlewares/body-parser.ts):
 * - the raw body is read (up to N8N_PAYLOAD_SIZE_MAX, 16 MiB by default; more → 413) and kept as
 *   `req.rawBody`; `req.body` is the parsed JSON for JSON content types, `{}` otherwise;
 * - invalid JSON under `Content-Type: application/json` is refused by n8n's body parser with 422
 *   before the node runs. That is the default here (`rejectInvalidJson: true`); set it to false to
 *   reach the node with such a body (then `req.body` is `{}`), as any other content type does;
 * - after `webhook()`: `noWebhookResponse` leaves the response to the node; without `workflowData`
 *   n8n answers `webhookResponse` (or its default message) with 200 and starts nothing; with
 *   `workflowData` it starts one execution and (responseMode onReceived) answers 200 at once, with
 *   the description's `responseData` as the body (empty for 'noData');
 * - a `webhook()` that throws gets 500 (n8n also records a failed execution; here it is kept in
 *   `errors`, not `executions`);
 * - the description's responseMode is evaluated as n8n does (it may be an expression): 'responseNode'
 *   runs the workflow (the trigger and the `next` node) and answers with its sendResponse
 *   (workflow-run.ts); otherwise a started run of the `next` node goes on after the answer, in `runs`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { WebhookContext } from 'n8n-core';
import type { INodeExecutionData, INodeType, IWebhookData, WorkflowExecuteMode } from 'n8n-workflow';

import type { NodeUnderTest } from './workflow';
import { buildAdditionalData, buildNode, buildWorkflow, nodeTypes } from './workflow';
import type { WorkflowRunOutcome } from './workflow-run';
import { connectAfter, responseModeOf, runFromWebhook } from './workflow-run';

export interface WebhookServerOptions {
	/** listen address: '127.0.0.1' (default) or '::' (IPv4 peers then appear as ::ffff:a.b.c.d) */
	host?: string;
	/** true (default): n8n's 422 for unparsable JSON under application/json, before the node runs */
	rejectInvalidJson?: boolean;
	/** false (default): production URL (/webhook/…, mode 'webhook'); true: test URL, mode 'manual' */
	isTest?: boolean;
	maxBodyBytes?: number;
	/** n8n's WEBHOOK_URL + /webhook: where the trigger believes it is reached (default the harness's 5678) */
	webhookBaseUrl?: string;
	/** a node of ours connected after the trigger (e.g. Pachca on Form → Respond), run for each started execution */
	next?: Omit<NodeUnderTest, 'credentials' | 'workflowId'>;
}

export interface WebhookServer {
	/** the trigger's URL, reached over IPv4 loopback */
	url: string;
	port: number;
	/** one entry per started execution: the node's workflowData */
	executions: INodeExecutionData[][][];
	/** errors thrown by webhook() */
	errors: Error[];
	/** the socket peer of every request, in order */
	peers: string[];
	/** the workflow runs started (with a `next` node, or in responseNode mode), in order */
	runs: Array<Promise<WorkflowRunOutcome>>;
	close(): Promise<void>;
}

const N8N_PAYLOAD_SIZE_MAX = 16 * 1024 * 1024;
const WEBHOOK_PATH = 'pachca';

/** The part of express's Response that nodes use, writing to the real ServerResponse. */
export class ExpressLikeResponse {
	constructor(private readonly raw: http.ServerResponse) {}

	get headersSent(): boolean {
		return this.raw.headersSent;
	}

	get statusCode(): number {
		return this.raw.statusCode;
	}

	status(code: number): this {
		this.raw.statusCode = code;
		return this;
	}

	setHeader(name: string, value: string | number | readonly string[]): this {
		this.raw.setHeader(name, value);
		return this;
	}

	json(body: unknown): this {
		if (!this.raw.hasHeader('content-type')) this.raw.setHeader('content-type', 'application/json; charset=utf-8');
		this.raw.end(JSON.stringify(body));
		return this;
	}

	send(body: unknown): this {
		if (typeof body === 'string' || Buffer.isBuffer(body)) {
			this.raw.end(body);
			return this;
		}
		return this.json(body);
	}

	end(chunk?: string | Buffer): this {
		this.raw.end(chunk);
		return this;
	}
}

export function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= limit) chunks.push(chunk);
		});
		req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
		req.on('error', reject);
	});
}

function isJsonType(contentType: string): boolean {
	return contentType.startsWith('application/json');
}

/** The express-like request n8n hands to nodes. */
export function buildRequest(req: http.IncomingMessage, rawBody: Buffer, body: unknown, contentType: string) {
	const url = new URL(req.url ?? '/', 'http://localhost');
	return {
		method: req.method,
		url: req.url,
		headers: req.headers,
		rawBody,
		body,
		contentType,
		encoding: 'utf-8',
		query: Object.fromEntries(url.searchParams),
		params: {},
		ip: req.socket.remoteAddress,
		ips: [] as string[],
		socket: { remoteAddress: req.socket.remoteAddress },
	};
}

export async function startWebhookServer(
	spec: NodeUnderTest,
	options: WebhookServerOptions = {},
): Promise<WebhookServer> {
	const next = options.next && { ...buildNode({ ...options.next, credentials: spec.credentials }), id: 'next-node', name: 'Next' };
	const { workflow, node } = buildWorkflow(spec, next ? [next] : []);
	if (next) connectAfter(workflow, node, next);
	const runs: Array<Promise<WorkflowRunOutcome>> = [];
	const nodeType = nodeTypes.getByNameAndVersion(node.type, node.typeVersion) as INodeType;
	const executions: INodeExecutionData[][][] = [];
	const errors: Error[] = [];
	const peers: string[] = [];
	const isTest = options.isTest ?? false;
	const mode: WorkflowExecuteMode = isTest ? 'manual' : 'webhook';
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: WEBHOOK_PATH,
		webhookDescription: nodeType.description.webhooks![0],
		workflowId: workflow.id,
		webhookId: node.webhookId,
		isTest,
	} as IWebhookData;

	const handle = async (req: http.IncomingMessage, raw: http.ServerResponse) => {
		const res = new ExpressLikeResponse(raw);
		peers.push(String(req.socket.remoteAddress));
		const rawBody = await readBody(req, options.maxBodyBytes ?? N8N_PAYLOAD_SIZE_MAX);
		if (req.method !== 'POST') return res.status(404).json({ message: 'not registered for this method' });
		if (rawBody === undefined) return res.status(413).json({ message: 'request entity too large' });
		const contentType = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
		let body: unknown = {};
		if (isJsonType(contentType) && rawBody.length > 0) {
			try {
				body = JSON.parse(rawBody.toString('utf8'));
			} catch {
				if (options.rejectInvalidJson ?? true) {
					return res.status(422).json({ code: 422, message: 'Failed to parse request body' });
				}
			}
		}
		const additionalData = buildAdditionalData(spec.credentials, workflow);
		if (options.webhookBaseUrl) additionalData.webhookBaseUrl = options.webhookBaseUrl;
		additionalData.httpRequest = buildRequest(req, rawBody, body, contentType) as never;
		additionalData.httpResponse = res as never;
		const context = new WebhookContext(workflow, node, additionalData, mode, webhookData, [], null);
		let result;
		try {
			result = await nodeType.webhook!.call(context);
		} catch (error) {
			errors.push(error as Error);
			if (!res.headersSent) res.status(500).json({ message: 'Workflow Webhook Error: Workflow could not be started!' });
			return res;
		}
		const start = (data: INodeExecutionData[][], onResponse: Parameters<typeof runFromWebhook>[4] = () => {}) => {
			const running = runFromWebhook(workflow, node, data, buildAdditionalData(spec.credentials, workflow), onResponse);
			runs.push(running);
			return running;
		};
		if (result.noWebhookResponse === true) {
			if (result.workflowData !== undefined) {
				executions.push(result.workflowData);
				if (next) void start(result.workflowData);
			}
			return res;
		}
		if (result.workflowData === undefined) {
			return res.status(200).json(result.webhookResponse ?? { message: 'Webhook call received' });
		}
		executions.push(result.workflowData);
		if (responseModeOf(workflow, node, webhookData.webhookDescription.responseMode, mode) === 'responseNode') {
			const outcome = await start(result.workflowData, (sent) => {
				if (sent.statusCode) res.status(Number(sent.statusCode));
				for (const [name, value] of Object.entries((sent.headers ?? {}) as Record<string, string>)) res.setHeader(name, value);
				res.send(sent.body ?? '');
			});
			if (res.headersSent) return res;
			if (outcome.run.data.resultData.error) return res.status(500).json({ message: 'Error in workflow' });
			return res.status(200).end();
		}
		if (next) void start(result.workflowData);
		// As n8n 2.41 answers a started run in onReceived mode: the webhook description's
		// `responseData`, which defaults to the literal string 'firstEntryJson', wins over webhookResponse.
		const responseData = webhookData.webhookDescription.responseData ?? 'firstEntryJson';
		// 'noData': n8n hands express's res.json() an undefined body: an empty 200 typed as JSON.
		if (responseData === 'noData') {
			return res.status(200).setHeader('content-type', 'application/json; charset=utf-8').end();
		}
		return res.status(200).send(responseData);
	};

	const server = http.createServer((req, raw) => {
		handle(req, raw).catch((error: Error) => {
			errors.push(error);
			if (!raw.headersSent) raw.writeHead(500).end();
		});
	});
	const host = options.host ?? '127.0.0.1';
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const { port } = server.address() as AddressInfo;
	const base = isTest ? 'webhook-test' : 'webhook';
	return {
		url: `http://127.0.0.1:${port}/${base}/${node.webhookId ?? 'trigger'}/${WEBHOOK_PATH}`,
		port,
		executions,
		errors,
		peers,
		runs,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
