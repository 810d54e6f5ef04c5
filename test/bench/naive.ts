/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a command-line tool */
// The baseline a user gets without pacing: one request at a time, and on a 429 wait Retry-After and retry.
import type { PachcaEmulator } from '../emulator';

export interface NaiveRequest {
	method: string;
	path: string;
	body?: unknown;
	query?: Record<string, string | number>;
}

interface Answer {
	status: number;
	json: Record<string, unknown> | undefined;
}

const wait = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one request, retrying after 429 as told (at most 10 times); returns the final answer. */
export async function naiveSend(emulator: PachcaEmulator, token: string, request: NaiveRequest): Promise<Answer> {
	const url = new URL(`${emulator.baseUrl}${request.path}`);
	for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, String(value));
	for (let attempt = 0; ; attempt++) {
		const response = await fetch(url, {
			method: request.method,
			headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
			body: request.body === undefined ? undefined : JSON.stringify(request.body),
		});
		const text = await response.text();
		if (response.status !== 429 || attempt >= 10) {
			return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
		}
		await wait(Number(response.headers.get('retry-after') ?? '1') * 1000);
	}
}

/** Every request in turn; returns how many did not succeed. */
export async function naiveLoop(emulator: PachcaEmulator, token: string, requests: NaiveRequest[]): Promise<number> {
	let failed = 0;
	for (const request of requests) {
		if ((await naiveSend(emulator, token, request)).status >= 400) failed++;
	}
	return failed;
}

/** Return All the naive way: page after page following the cursor. Returns the items read. */
export async function naiveReadAll(emulator: PachcaEmulator, token: string, path: string, query: Record<string, string | number>) {
	let cursor: string | undefined;
	let count = 0;
	for (;;) {
		const answer = await naiveSend(emulator, token, { method: 'GET', path, query: { ...query, limit: 50, ...(cursor ? { cursor } : {}) } });
		const data = answer.json?.data as unknown[] | undefined;
		count += data?.length ?? 0;
		const paginate = (answer.json?.meta as { paginate?: { has_next?: boolean; next_page?: string } } | undefined)?.paginate;
		if (!paginate?.has_next || !paginate.next_page) return count;
		cursor = paginate.next_page;
	}
}
