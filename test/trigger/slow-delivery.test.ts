/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Fetch Full Message when the API is slow or failing: the dedupe states (in progress / done), the
// tight budget inside Pachca's webhook request, and the scope check on activation.
import { NodeOperationError } from 'n8n-workflow';

import type { Chat, Message } from '../emulator';
import { DELIVERY, PachcaEmulator } from '../emulator';
import { BOT_SCOPES } from '../emulator/scopes';
import { runHook } from '../harness/run';
import type { WebhookServer } from '../harness/webhook-server';
import { credentialsFor, emitted, hmacHex, messagePayload, startTrigger } from '../harness/fixtures/trigger';

let emu: PachcaEmulator;
let chat: Chat;
let message: Message;
let server: WebhookServer | undefined;
const deliverySettings = { ...DELIVERY };

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	chat = emu.addChat({ name: 'Slow', memberIds: [13] });
	[message] = emu.addMessages(chat.id, 1, { content: 'the full message' });
});
afterEach(async () => {
	Object.assign(DELIVERY, deliverySettings);
	await server?.close();
	server = undefined;
	await emu.stop();
});

const withFetch = async () => {
	server = await startTrigger(emu, { parameters: { events: ['*'], options: { fetchFullMessage: true } } });
	return server;
};
const messageGets = () => emu.requests.filter((r) => r.method === 'GET' && r.path === `/messages/${message.id}`);

interface RawReply {
	status: number;
	retryAfter: string | null;
	text: string;
}

/** A signed delivery of this message's event, as Pachca sends it (each attempt with a fresh timestamp). */
async function deliver(url: string, timestamp: number): Promise<RawReply> {
	const body = JSON.stringify(messagePayload({ id: message.id, chat_id: chat.id, webhook_timestamp: timestamp }));
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'pachca-signature': hmacHex(body, emu.signingSecret) },
		body,
	});
	return { status: res.status, retryAfter: res.headers.get('retry-after'), text: await res.text() };
}

async function until(condition: () => boolean): Promise<void> {
	while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('a retry while the first delivery is slow', () => {
	it('is not lost: the sequence of the issue (delivery timeout 1.5 s, GET answering 503 four times)', async () => {
		// Pachca "retries later" (guides-webhook-handler.mdx): a second between attempts. Before the
		// fix the retry was answered "duplicate" while the first attempt went on failing: 0 executions.
		Object.assign(DELIVERY, { timeoutMs: 1500, retryDelayMs: 1000 });
		emu.injectFault({ method: 'GET', path: `/messages/${message.id}`, kind: 'status', status: 503, times: 4 });
		await withFetch();
		const result = await emu.emitWebhook('message.new', { id: message.id, chat_id: chat.id });
		expect(result).toMatchObject({ status: 200, attempts: 3 });
		expect(emu.deliveries.map((d) => d.status).slice(0, 2).every((status) => status !== 200)).toBe(true);
		expect(server!.executions).toHaveLength(1);
		expect(emitted(server!)[0].message).toMatchObject({ id: message.id, content: 'the full message' });
		expect(server!.errors).toEqual([]);
	});

	it('answers a repeat of an event still in progress with 503 and Retry-After, and one done as a duplicate', async () => {
		await withFetch();
		emu.setLatency(1000);
		const first = deliver(server!.url, Math.floor(Date.now() / 1000));
		await until(() => messageGets().length > 0);
		const repeat = await deliver(server!.url, Math.floor(Date.now() / 1000) + 1);
		expect(repeat).toEqual({ status: 503, retryAfter: '5', text: expect.stringContaining('still being handled') });
		// the first attempt then succeeds: an empty 200, as for every accepted delivery
		expect(await first).toEqual({ status: 200, retryAfter: null, text: '' });
		emu.setLatency(0);
		const late = await deliver(server!.url, Math.floor(Date.now() / 1000) + 2);
		expect(late).toMatchObject({ status: 200, text: JSON.stringify({ status: 'duplicate' }) });
		expect(server!.executions).toHaveLength(1);
		expect(messageGets()).toHaveLength(1);
	});
});

describe('the Fetch Full Message budget', () => {
	it('gives up after one retry with 503 and Retry-After, and forgets the event for the next delivery', async () => {
		emu.injectFault({ method: 'GET', path: `/messages/${message.id}`, kind: 'status', status: 503, times: 2 });
		await withFetch();
		const failed = await deliver(server!.url, Math.floor(Date.now() / 1000));
		expect(failed.status).toBe(503);
		expect(failed.retryAfter).toBe('5');
		expect(JSON.parse(failed.text).error).toContain('Fetch Full Message failed');
		expect(messageGets()).toHaveLength(2);
		expect(server!.executions).toHaveLength(0);
		expect(server!.errors).toEqual([]);

		expect((await deliver(server!.url, Math.floor(Date.now() / 1000) + 1)).status).toBe(200);
		expect(server!.executions).toHaveLength(1);
	});

	it('answers 503 rather than holding the connection when the API does not answer', async () => {
		emu.setLatency(30_000);
		await withFetch();
		const reply = await deliver(server!.url, Math.floor(Date.now() / 1000));
		expect(reply.status).toBe(503);
		expect(JSON.parse(reply.text).error).toContain('did not finish within 4 s');
		expect(server!.executions).toHaveLength(0);
	});

	it('emits message: null when the message is gone (a deleted message answers 404)', async () => {
		await withFetch();
		const result = await emu.emitWebhook('message.delete', { id: 999_999, chat_id: chat.id });
		expect(result).toMatchObject({ status: 200, attempts: 1 });
		expect(emitted(server!)).toEqual([expect.objectContaining({ event_name: 'message.delete', id: 999_999, message: null })]);
	});
});

describe('activation with Fetch Full Message', () => {
	const activate = (token: string, fetchFullMessage: boolean) =>
		runHook(
			{
				type: 'pachcaTrigger',
				parameters: { events: ['*'], options: { fetchFullMessage } },
				credentials: credentialsFor(emu, { accessToken: token }),
				webhookId: '5e1d2c3b-0000-4000-8000-000000000009',
			},
			'checkExists',
			{ webhookBaseUrl: 'https://n8n.example.com' },
		);

	it('fails with a clear error when the token lacks messages:read', async () => {
		const token = emu.createToken({ bot: true, scopes: BOT_SCOPES.filter((scope) => scope !== 'messages:read') });
		const error = await activate(token, true).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe(
			"Fetch Full Message: the credential's token lacks the scope messages:read. Add it to the bot's (or token's) scopes in Pachca, or turn this option off",
		);
		expect(emu.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /oauth/token/info']);
	});

	it('passes with the scope, and asks nothing when the option is off', async () => {
		expect(BOT_SCOPES).toContain('messages:read');
		expect(await activate(emu.botToken, true)).toBe(true);
		expect(emu.requests).toHaveLength(1);
		const token = emu.createToken({ bot: true, scopes: ['chats:read'] });
		expect(await activate(token, false)).toBe(true);
		expect(emu.requests).toHaveLength(1);
	});
});
