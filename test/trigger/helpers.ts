/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Shared setup of the Pachca Trigger tests: emulator, trigger endpoint, signed requests.
import { createHmac } from 'node:crypto';

import type { INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import type { WebhookServer, WebhookServerOptions } from '../harness/webhook-server';
import { startWebhookServer } from '../harness/webhook-server';
import { credentialsFor } from '../harness/credentials';
import type { PachcaCredentialData } from '../harness/workflow';

let serial = 0;

/** A workflow id per trigger, so each test's duplicate memory starts empty. */
export const nextWorkflowId = (): string => `wf-trigger-${process.pid}-${++serial}`;

export { credentialsFor };

export interface TriggerSetup {
	parameters?: INodeParameters;
	credentials?: Partial<PachcaCredentialData>;
	server?: WebhookServerOptions;
}

/** Starts a trigger endpoint and points the emulator bot's webhook at it. */
export async function startTrigger(emu: PachcaEmulator, setup: TriggerSetup = {}): Promise<WebhookServer> {
	const server = await startWebhookServer(
		{
			type: 'pachcaTrigger',
			parameters: { events: ['*'], ...setup.parameters },
			credentials: credentialsFor(emu, setup.credentials),
			webhookId: 'b2f4c8e0-0000-4000-8000-000000000001',
			workflowId: nextWorkflowId(),
		},
		setup.server,
	);
	emu.setBotWebhook(emu.botId, server.url);
	return server;
}

export const hmacHex = (body: string | Buffer, secret: string): string =>
	createHmac('sha256', secret).update(body).digest('hex');

export const nowUnix = (): number => Math.floor(Date.now() / 1000);

export interface Reply {
	status: number;
	json: unknown;
}

/** POSTs bytes as they are; `secret` adds the Pachca-Signature of exactly these bytes. */
export async function post(
	url: string,
	body: string | Buffer,
	opts: { secret?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
	const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
	if (opts.secret !== undefined) headers['pachca-signature'] = hmacHex(body, opts.secret);
	const res = await fetch(url, { method: 'POST', headers, body });
	const text = await res.text();
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = text;
	}
	return { status: res.status, json };
}

/** A message.new payload with a fresh timestamp, as Pachca sends it. */
export function messagePayload(fields: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		type: 'message',
		event: 'new',
		id: 100001,
		entity_type: 'discussion',
		entity_id: 1000,
		content: 'Hello',
		user_id: 12,
		created_at: '2026-01-15T10:00:00.000Z',
		changed_at: '2026-01-15T10:00:00.000Z',
		url: 'https://app.pachca.com/chats/1000?message=100001',
		chat_id: 1000,
		parent_message_id: null,
		thread: null,
		webhook_timestamp: nowUnix(),
		...fields,
	};
}

/** The JSON of every emitted item across executions. */
export const emitted = (server: WebhookServer): Array<Record<string, unknown>> =>
	server.executions.flatMap((run) => run[0].map((item) => item.json));
