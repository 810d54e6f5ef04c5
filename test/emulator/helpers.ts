/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Test helpers for the emulator's own tests: a tiny fetch wrapper and a webhook receiver.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PachcaEmulator } from './index';

/** Parsed JSON of a response; loosely typed on purpose (tests probe arbitrary fields). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ApiResult {
	status: number;
	headers: Headers;
	json: Json;
	text: string;
}

export async function api(
	emu: PachcaEmulator,
	method: string,
	path: string,
	opts: { token?: string | null; body?: unknown; query?: Record<string, string | number> } = {},
): Promise<ApiResult> {
	const url = new URL(emu.baseUrl + path);
	for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, String(v));
	const headers: Record<string, string> = {};
	const token = opts.token === undefined ? emu.userToken : opts.token;
	if (token !== null) headers.Authorization = `Bearer ${token}`;
	if (opts.body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
	const res = await fetch(url, {
		method,
		headers,
		body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
	});
	const text = await res.text();
	let json: Json;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	return { status: res.status, headers: res.headers, json, text };
}

export interface Received {
	headers: http.IncomingHttpHeaders;
	rawBody: string;
	at: number;
}

/** An HTTP receiver answering the given statuses in turn (the last one repeats). */
export class Receiver {
	readonly received: Received[] = [];
	url = '';
	private server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			this.received.push({ headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
			const status = this.statuses[Math.min(this.received.length - 1, this.statuses.length - 1)];
			res.writeHead(status, { 'Content-Type': 'text/plain' });
			res.end(status < 300 ? 'OK' : 'error');
		});
	});

	constructor(private statuses: number[] = [200]) {}

	async start(): Promise<this> {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
		return this;
	}

	async stop(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
