/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling, not node code */
// A scripted chat model behind OpenAI's Chat Completions API, for n8n's OpenAI Chat Model node (its
// credential's Base URL points here), so that an AI Agent runs in the stand without the internet.
// Its script, the same for every conversation: while the user's request has no tool result yet, call
// the first tool offered, every string argument set to the request's text; once a tool has answered,
// reply with that answer. Deterministic, so a test can assert what the agent did.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface ChatMessage {
	role: string;
	content?: string | Array<{ type: string; text?: string }> | null;
	tool_calls?: unknown[];
}
interface ChatTool {
	type: string;
	function: { name: string; parameters?: JsonSchema };
}
interface JsonSchema {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	enum?: unknown[];
}
export interface ChatRequest {
	model?: string;
	messages: ChatMessage[];
	tools?: ChatTool[];
	stream?: boolean;
}

const textOf = (m: ChatMessage | undefined): string =>
	typeof m?.content === 'string' ? m.content : (m?.content ?? []).map((p) => p.text ?? '').join('');

/** A value for every property of the tool's schema: strings get the user's request. */
function argumentsFor(schema: JsonSchema | undefined, request: string): unknown {
	const type = Array.isArray(schema?.type) ? schema.type.find((t) => t !== 'null') : schema?.type;
	if (schema?.enum?.length) return schema.enum[0];
	if (type === 'object' || schema?.properties) {
		return Object.fromEntries(Object.entries(schema?.properties ?? {}).map(([k, v]) => [k, argumentsFor(v, request)]));
	}
	if (type === 'array') return [];
	if (type === 'number' || type === 'integer') return 1;
	if (type === 'boolean') return true;
	return request;
}

/** The assistant's next message under the script above. */
export function nextMessage(body: ChatRequest, callId: string): { content: string | null; toolCall?: { id: string; name: string; arguments: string } } {
	const last = body.messages[body.messages.length - 1];
	if (last?.role === 'tool') return { content: `Done. The tool answered: ${textOf(last)}` };
	const request = textOf([...body.messages].reverse().find((m) => m.role === 'user'));
	const tool = body.tools?.[0];
	if (!tool) return { content: `No tool to call for: ${request}` };
	return { content: null, toolCall: { id: callId, name: tool.function.name, arguments: JSON.stringify(argumentsFor(tool.function.parameters, request)) } };
}

export class ScriptedModel {
	/** Every Chat Completions request received, in order. */
	readonly requests: ChatRequest[] = [];

	private constructor(private readonly server: http.Server) {}

	static async start(port = 0): Promise<ScriptedModel> {
		const server = http.createServer();
		const model = new ScriptedModel(server);
		server.on('request', (req, res) => void model.handle(req, res));
		await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
		return model;
	}

	/** What the OpenAI credential's Base URL is set to. */
	get baseUrl(): string {
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
	}

	async stop(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(resolve));
	}

	private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const send = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		const url = new URL(req.url ?? '/', 'http://model');
		if (req.method === 'GET' && url.pathname === '/v1/models') {
			send(200, { object: 'list', data: [{ id: 'scripted', object: 'model', created: 0, owned_by: 'e2e' }] });
			return;
		}
		if (req.method !== 'POST' || url.pathname !== '/v1/chat/completions') {
			send(404, { error: { message: `no route ${req.method} ${url.pathname}`, type: 'invalid_request_error' } });
			return;
		}
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		let body: ChatRequest;
		try {
			body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
		} catch {
			send(400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } });
			return;
		}
		const count = this.requests.push(body);
		const id = `chatcmpl-${count}`;
		const next = nextMessage(body, `call_${count}`);
		const toolCalls = next.toolCall && [{ id: next.toolCall.id, type: 'function', function: { name: next.toolCall.name, arguments: next.toolCall.arguments } }];
		const finish = toolCalls ? 'tool_calls' : 'stop';
		const base = { id, created: Math.floor(Date.now() / 1000), model: body.model ?? 'scripted' };
		if (body.stream) {
			res.writeHead(200, { 'content-type': 'text/event-stream' });
			const delta = toolCalls ? { role: 'assistant', tool_calls: toolCalls.map((c, index) => ({ index, ...c })) } : { role: 'assistant', content: next.content };
			for (const choice of [{ index: 0, delta, finish_reason: null }, { index: 0, delta: {}, finish_reason: finish }]) {
				res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [choice] })}\n\n`);
			}
			res.end('data: [DONE]\n\n');
			return;
		}
		send(200, {
			...base,
			object: 'chat.completion',
			choices: [{ index: 0, message: { role: 'assistant', content: next.content, ...(toolCalls ? { tool_calls: toolCalls } : {}) }, finish_reason: finish }],
			usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
		});
	}
}
