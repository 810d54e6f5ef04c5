/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// The HTTP side: routing, auth (401/403), rate limits (429), injected faults, latency, request log.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Ctx, Reply, Route } from './context';
import { RateLimiter } from './ratelimit';
import { botRoutes } from './routes/bots';
import { DOWNLOAD_PREFIX, serveDownload } from './routes/downloads';
import { chatRoutes } from './routes/chats';
import { chatManageRoutes } from './routes/chat-manage';
import { chatMemberRoutes } from './routes/chat-members';
import { eventRoutes } from './routes/events';
import { messageActionRoutes } from './routes/message-actions';
import { messageRoutes } from './routes/messages';
import { reactionRoutes } from './routes/reactions';
import { readerRoutes } from './routes/readers';
import { groupTagRoutes } from './routes/group-tags';
import { threadRoutes } from './routes/threads';
import { searchRoutes } from './routes/search';
import { auditEventRoutes } from './routes/auditEvents';
import { exportRoutes } from './routes/exports';
import { userRoutes } from './routes/users';
import { profileRoutes } from './routes/profile';
import { customPropertyRoutes } from './routes/custom-properties';
import { taskRoutes } from './routes/tasks';
import { viewRoutes } from './routes/views';
import { directUpload, DIRECT_UPLOAD_PATH, setUploadOrigin, uploadRoutes } from './routes/uploads';
import type { EmulatorState } from './state';
import type { Fault, LoggedRequest } from './types';
import { iso } from './util';
import { apiError, apiErrorBody, HttpError, oauthError } from './validation';
import type { WebhookDispatcher } from './webhooks';

export const API_PREFIX = '/api/shared/v1';

interface CompiledRoute extends Route {
	re: RegExp;
	names: string[];
}

export const ROUTES: CompiledRoute[] = [
	...chatRoutes,
	...messageRoutes,
	...messageActionRoutes,
	...botRoutes,
	...eventRoutes,
	...uploadRoutes,
	...chatManageRoutes,
	...chatMemberRoutes,
	...threadRoutes,
	...reactionRoutes,
	...readerRoutes,
	...groupTagRoutes,
	...searchRoutes,
	...auditEventRoutes,
	...exportRoutes,
	...userRoutes,
	...profileRoutes,
	...customPropertyRoutes,
	...taskRoutes,
	...viewRoutes,
].map((r) => {
	const names: string[] = [];
	const re = new RegExp(`^${r.path.replace(/:([a-z_]+)/g, (_m, n: string) => (names.push(n), '([^/]+)'))}$`);
	return { ...r, re, names };
});

const FAULT_CODES: Record<number, string> = { 400: 'invalid', 402: 'payment_required', 403: 'forbidden', 404: 'not_found', 409: 'taken', 410: 'not_found', 422: 'invalid', 429: 'rate_limit' };

const HTML_502 =
	'<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

interface Outgoing {
	status: number;
	body?: string | Buffer;
	headers: Record<string, string>;
}

export class EmulatorServer {
	readonly requests: LoggedRequest[] = [];
	rateLimitsOn = true;
	latencyMs = 0;
	readonly limiter = new RateLimiter();
	/** Pages beside the API (the chat UI of `npm start`): returns true when it answered the request. */
	pageHandler?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
	private faults: Array<Fault & { left: number }> = [];
	private server: http.Server;
	private sockets = new Set<Socket>();
	private timers = new Set<NodeJS.Timeout>();

	constructor(
		private readonly state: EmulatorState,
		private readonly hooks: WebhookDispatcher,
	) {
		this.server = http.createServer((req, res) => this.onRequest(req, res));
		this.server.on('connection', (s) => {
			this.sockets.add(s);
			s.on('close', () => this.sockets.delete(s));
		});
	}

	listen(port: number): Promise<number> {
		return new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, '127.0.0.1', () => {
				const bound = (this.server.address() as AddressInfo).port;
				setUploadOrigin(this.state, `http://127.0.0.1:${bound}`);
				this.state.webOrigin = `http://127.0.0.1:${bound}`;
				resolve(bound);
			});
		});
	}

	close(): Promise<void> {
		for (const t of this.timers) clearTimeout(t);
		this.timers.clear();
		return new Promise((resolve) => {
			this.server.close(() => resolve());
			this.server.closeAllConnections();
			for (const s of this.sockets) s.destroy();
		});
	}

	injectFault(fault: Fault): void {
		this.faults.push({ ...fault, left: fault.times ?? 1 });
	}

	clearFaults(): void {
		this.faults = [];
	}

	private takeFault(method: string, path: string): Fault | undefined {
		const f = this.faults.find(
			(x) => (!x.method || x.method.toUpperCase() === method) && (typeof x.path === 'string' ? x.path === path : x.path.test(path)),
		);
		if (f?.after) {
			f.after--;
			return undefined;
		}
		if (f && --f.left <= 0) this.faults.splice(this.faults.indexOf(f), 1);
		return f;
	}

	private onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
		if (this.pageHandler?.(req, res)) return;
		const at = Date.now();
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const full = url.pathname;
		const inApi = full === API_PREFIX || full.startsWith(`${API_PREFIX}/`);
		const method = (req.method ?? 'GET').toUpperCase();
		const entry: LoggedRequest = {
			method, path: inApi ? full.slice(API_PREFIX.length) || '/' : full, query: Object.fromEntries(url.searchParams),
			headers: { ...req.headers }, body: undefined, status: 0, at,
		};
		this.requests.push(entry);
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks);
			const text = raw.toString('utf8');
			let badJson = false;
			// A multipart body (an avatar) is read by its route from the raw bytes.
			if (text.trim() !== '' && !isMultipart(req.headers['content-type'])) {
				try {
					entry.body = JSON.parse(text);
				} catch {
					badJson = true;
				}
			}
			const fault = this.takeFault(method, entry.path);
			if (fault?.kind === 'reset') {
				req.socket.destroy();
				return;
			}
			const upload = entry.path === DIRECT_UPLOAD_PATH;
			const download = entry.path.startsWith(DOWNLOAD_PREFIX);
			const out = fault ? faultReply(fault) : upload ? directUpload(this.state, entry, Buffer.concat(chunks)) : download ? serveDownload(this.state, entry) : this.handle(entry, inApi, badJson, raw);
			entry.status = out.status;
			this.send(res, out);
		});
	}

	private handle(entry: LoggedRequest, inApi: boolean, badJson: boolean, raw: Buffer): Outgoing {
		try {
			if (!inApi) throw apiError(404, 'path', 'Not found', 'not_found', entry.path);
			const auth = entry.headers.authorization;
			const m = typeof auth === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
			if (!m) throw oauthError(401, 'invalid_token', 'Access token is missing');
			const token = this.state.tokens.get(m[1]);
			const user = token && this.state.users.get(token.userId);
			if (!token || !user) throw oauthError(401, 'invalid_token', 'Access token is invalid');

			let route: CompiledRoute | undefined;
			let match: RegExpExecArray | null = null;
			for (const r of ROUTES) {
				if (r.method !== entry.method) continue;
				match = r.re.exec(entry.path);
				if (match) {
					route = r;
					break;
				}
			}
			if (!route || !match) throw apiError(404, 'path', 'Not found', 'not_found', `${entry.method} ${entry.path}`);
			if (route.scope && !token.scopes.includes(route.scope)) {
				throw oauthError(403, 'insufficient_scope', `The access token lacks the required scope: ${route.scope}`);
			}
			if (route.plan && this.state.plan !== route.plan) {
				throw apiError(402, 'plan', `This method is available on the ${route.plan} plan only`, 'payment_required', this.state.plan);
			}
			const params: Record<string, string> = {};
			route.names.forEach((n, i) => (params[n] = safeDecode(match![i + 1])));
			const contentType = typeof entry.headers['content-type'] === 'string' ? entry.headers['content-type'] : undefined;
			const ctx: Ctx = { state: this.state, hooks: this.hooks, token, user, params, query: entry.query, body: entry.body, raw, contentType };
			if (this.rateLimitsOn) {
				const key = route.rateKey ? `${token.token}|${route.rateKey(ctx)}` : token.token;
				const decision = this.limiter.check(route.bucket, key, entry.at);
				if (!decision.ok) {
					const body = apiErrorBody([{ key: 'rate_limit', value: null, message: 'Too many requests, retry later', code: 'rate_limit' }]);
					throw new HttpError(429, body, { 'Retry-After': String(decision.retryAfterSec) });
				}
			}
			if (badJson) throw apiError(400, 'body', 'Request body is not valid JSON', 'invalid');
			const reply: Reply = route.handler(ctx);
			token.last_used_at = iso();
			return json(reply.status, reply.body, reply.headers);
		} catch (e) {
			if (e instanceof HttpError) return json(e.status, e.body, e.headers);
			const message = e instanceof Error ? e.message : String(e);
			return json(500, apiErrorBody([{ key: 'base', value: null, message, code: 'unhandled' }]));
		}
	}

	private send(res: http.ServerResponse, out: Outgoing): void {
		const write = () => {
			if (res.destroyed) return;
			res.writeHead(out.status, out.headers);
			res.end(out.body);
		};
		if (this.latencyMs <= 0) return write();
		const t = setTimeout(() => {
			this.timers.delete(t);
			write();
		}, this.latencyMs);
		t.unref();
		this.timers.add(t);
	}
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Outgoing {
	if (status === 204 || body === undefined) return { status, headers };
	return { status, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } };
}

function isMultipart(contentType: string | undefined): boolean {
	return /^multipart\/form-data/i.test(contentType ?? '');
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		throw apiError(400, 'path', 'Malformed path segment', 'invalid', segment);
	}
}

function faultReply(f: Fault): Outgoing {
	if (f.kind === 'html') {
		return { status: f.status ?? 502, body: HTML_502, headers: { 'Content-Type': 'text/html; charset=utf-8' } };
	}
	const status = f.status ?? 500;
	const headers: Record<string, string> = f.retryAfter !== undefined ? { 'Retry-After': f.retryAfter } : {};
	if (status === 401) return json(status, { error: 'invalid_token', error_description: 'Access token is invalid' }, headers);
	const code = FAULT_CODES[status] ?? 'unhandled';
	return json(status, apiErrorBody([{ key: 'base', value: null, message: `Injected fault: HTTP ${status}`, code }]), headers);
}
