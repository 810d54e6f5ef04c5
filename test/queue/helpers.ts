/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling that reads /proc/stat, not node code */
// What the queue-mode parts share: signed deliveries as Pachca sends them, the tickets they cause,
// and waiting for executions to settle.
import fs from 'node:fs';
import { signBody } from '../emulator';
import { checkEqual } from '../e2e/lib/check';
import type { Execution } from '../e2e/lib/n8n';
import { sleep } from '../e2e/lib/processes';
import type { Cluster } from './cluster';
import { TICKETS_CHAT } from './workflows';

export type Figures = Record<string, number | string>;

const now = () => Math.floor(Date.now() / 1000);
let lastMessageId = 880_000;

/** A message ID of the suite's own, for events it makes up. */
export const nextMessageId = (): number => ++lastMessageId;

/** POSTs a payload signed as Pachca would (a redelivery = the same payload, a later timestamp). */
export async function deliver(cluster: Cluster, url: string, payload: Record<string, unknown>): Promise<{ status: number; body: string }> {
	const rawBody = JSON.stringify(payload);
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'pachca-signature': signBody(rawBody, cluster.emulator.signingSecret) },
		body: rawBody,
	});
	return { status: res.status, body: await res.text() };
}

/** A /ticket message event as Pachca sends it, for a message of its own. */
export function ticketEvent(template: Record<string, unknown>, text: string): Record<string, unknown> {
	const id = nextMessageId();
	return { ...template, id, content: `/ticket ${text}`, url: `https://app.pachca.com/chats/1000?message=${id}`, webhook_timestamp: now() };
}

export const redelivery = (payload: Record<string, unknown>, secondsLater: number) => ({ ...payload, webhook_timestamp: now() + secondsLater });

export const ticketsFor = (cluster: Cluster, messageId: unknown) =>
	[...cluster.emulator.state.messages.values()].filter(
		(m) => m.chat_id === TICKETS_CHAT && m.content.startsWith(`Ticket from message #${String(messageId)}:`),
	);

/** Finished executions, oldest first. */
export const finished = (list: Execution[]) =>
	list.filter((e) => !['running', 'new', 'waiting'].includes(e.status)).sort((a, b) => Number(a.id) - Number(b.id));

/** Waits for `count` finished executions, then makes sure no other one follows. */
export async function executionsSettle(cluster: Cluster, workflowId: string, count: number): Promise<Execution[]> {
	await cluster.n8n.waitForExecutions(workflowId, count, 60_000);
	await sleep(2000);
	const list = await cluster.n8n.executions(workflowId);
	checkEqual(`workflow ${workflowId} has ${count} execution(s) and no more`, list.length, count);
	return finished(list);
}

/** The machine's CPU time so far, busy and total (all cores), from /proc/stat: diff two readings. */
export function cpuTimes(): { busy: number; total: number } {
	const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
	const ticks = fields.map(Number);
	const idle = ticks[3] + (ticks[4] ?? 0); // idle + iowait
	const total = ticks.reduce((a, b) => a + b, 0);
	return { busy: total - idle, total };
}

/** The share of all cores that was busy between two readings of cpuTimes(). */
export const busyShare = (from: { busy: number; total: number }, to: { busy: number; total: number }): number =>
	(to.busy - from.busy) / Math.max(1, to.total - from.total);

