/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a command-line tool */
// The benchmark's scenarios: each runs the real nodes through the n8n-core harness against the emulator
// (limits enforced, 40 ms latency), then the same work the naive way. Each returns its measured rows.
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { BucketRule, PachcaEmulator } from '../emulator';
import { BOT_SCOPES, RATE_LIMIT_RULES, STRICT_RATE_LIMIT_RULES } from '../emulator';
import { credentialsFor } from '../harness/credentials';
import { runAction } from '../harness/run';
import { rl } from '../harness/fixtures/message';
import { probe } from '../transport/probe';
import type { NaiveRequest } from './naive';
import { naiveLoop, naiveReadAll } from './naive';

export const LATENCY_MS = 40;

export interface Measured {
	scenario: string;
	items: number;
	requests: number;
	refused429: number;
	failed: number;
	/** messages created beyond one per sent item */
	duplicates: number;
	wallS: number;
	minimumS: number;
	/** CPU time of this process (node, n8n and the in-process emulator) during the run */
	cpuS?: number;
	overheadMs?: number;
}

export interface Work {
	name: string;
	items: number;
	minimumS: number;
	/** the rules the emulator enforces during the scenario */
	rules?: typeof RATE_LIMIT_RULES;
	/** runs the node; returns failed items */
	node: (token: string) => Promise<number>;
	/** the same requests, naively; returns failed items (no naive row without it) */
	naive?: (token: string) => Promise<number>;
	/** chats whose messages must number exactly `expectedMessages` afterwards (the duplicate check) */
	sentTo?: number[];
	expectedMessages?: number;
	/** when the timed part began, if the scenario prepares something first */
	startedAt?: number;
	/** what the scenario must reach (issue 20's table) */
	goal?: string;
	/** a figure of the last node run beyond the table's columns */
	note?: string;
}

/** The least time the limits allow: `requests` through one bucket, plus one answer's latency. */
export function minimumSeconds(requests: number, rule: BucketRule, sequentialRoundTrips = 0): number {
	const pacing = Math.max(0, requests - rule.burst) / rule.perSecond;
	return Math.max(pacing, (sequentialRoundTrips * LATENCY_MS) / 1000) + LATENCY_MS / 1000;
}

export function runPachca(emulator: PachcaEmulator, token: string, parameters: INodeParameters, input: IDataObject[]) {
	return runAction(
		{ parameters, credentials: credentialsFor(emulator, { accessToken: token }), continueOnFail: true },
		input,
	);
}

const failedItems = (items: Array<{ json: IDataObject }>) => items.filter((item) => item.json.error !== undefined).length;

export const sendParameters: INodeParameters = {
	resource: 'message',
	operation: 'send',
	sendTo: 'chat',
	chatId: rl('id', '={{ $json.chat }}'),
	content: '={{ $json.text }}',
};

/** Items that send `perChat` messages to each chat, interleaved (chat 1, chat 2, … chat 1, …). */
export const sendItems = (chats: number[], perChat: number): IDataObject[] =>
	Array.from({ length: chats.length * perChat }, (_, i) => ({ chat: chats[i % chats.length], text: `bench ${i}` }));

const sendRequests = (items: IDataObject[]): NaiveRequest[] =>
	items.map((item) => ({
		method: 'POST',
		path: '/messages',
		body: { message: { entity_type: 'discussion', entity_id: item.chat, content: item.text } },
	}));

export function sendWork(emulator: PachcaEmulator, name: string, chatCount: number, perChat: number, strict = false, goal?: string): Work {
	const chats = (tag: string) => Array.from({ length: chatCount }, (_, i) => emulator.addChat({ name: `${tag} ${i}` }).id);
	const rule = (strict ? STRICT_RATE_LIMIT_RULES : RATE_LIMIT_RULES).messagesWrite;
	const work: Work = {
		name,
		items: chatCount * perChat,
		minimumS: minimumSeconds(perChat, rule),
		rules: strict ? STRICT_RATE_LIMIT_RULES : RATE_LIMIT_RULES,
		expectedMessages: chatCount * perChat,
		goal,
		node: async (token) => {
			work.sentTo = chats('node');
			const { items } = await runPachca(emulator, token, sendParameters, sendItems(work.sentTo, perChat));
			return failedItems(items);
		},
		naive: async (token) => {
			work.sentTo = chats('naive');
			return await naiveLoop(emulator, token, sendRequests(sendItems(work.sentTo, perChat)));
		},
	};
	return work;
}

/** Half the items send new messages, half edit messages sent earlier, over 20 chats, two executions at once. */
export function mixedWork(emulator: PachcaEmulator, chatCount: number, perChat: number): Work {
	const half = perChat / 2;
	const prepare = async (token: string) => {
		const chats = Array.from({ length: chatCount }, (_, i) => emulator.addChat({ name: `mixed ${i}` }).id);
		// Untimed: the messages to edit, sent by the node (so it knows their chats), then a pause to refill.
		const { items } = await runPachca(emulator, token, sendParameters, sendItems(chats, half));
		await new Promise((resolve) => setTimeout(resolve, 6000));
		emulator.setRateLimits(true);
		emulator.clearRequests();
		return { chats, sent: items.map((item) => item.json.id as number) };
	};
	const work: Work = {
		name: `${chatCount * perChat} mixed sends and edits, ${chatCount} chats`,
		items: chatCount * perChat,
		minimumS: minimumSeconds(perChat, RATE_LIMIT_RULES.messagesWrite),
		expectedMessages: chatCount * perChat,
		node: async (token) => {
			const { chats, sent } = await prepare(token);
			const started = Date.now();
			const [sends, edits] = await Promise.all([
				runPachca(emulator, token, sendParameters, sendItems(chats, half)),
				runPachca(
					emulator,
					token,
					{ resource: 'message', operation: 'update', messageId: rl('id', '={{ $json.id }}'), updateFields: { content: 'edited' } },
					sent.map((id) => ({ id })),
				),
			]);
			work.startedAt = started;
			work.sentTo = chats;
			return failedItems(sends.items) + failedItems(edits.items);
		},
		naive: async (token) => {
			const { chats, sent } = await prepare(token);
			work.startedAt = Date.now();
			work.sentTo = chats;
			const sends = sendRequests(sendItems(chats, half));
			const edits = sent.map((id): NaiveRequest => ({ method: 'PUT', path: `/messages/${id}`, body: { message: { content: 'edited' } } }));
			return await naiveLoop(emulator, token, sends.flatMap((send, i) => [send, edits[i]]));
		},
	};
	return work;
}

export function returnAllWork(emulator: PachcaEmulator, count: number): Work {
	const chat = emulator.addChat({ name: 'long history' });
	emulator.addMessages(chat.id, count);
	const pages = Math.ceil(count / 50); // the last full page says has_next: false
	return {
		name: `Return All over ${count.toLocaleString('en')} messages`,
		items: count,
		minimumS: minimumSeconds(pages, RATE_LIMIT_RULES.messagesRead, pages),
		node: async (token) => {
			const { items, error } = await runPachca(
				emulator,
				token,
				{ resource: 'message', operation: 'getMany', chatId: rl('id', chat.id), returnAll: true },
				[{}],
			);
			return error || items.length !== count ? count - items.length : 0;
		},
		naive: async (token) => count - (await naiveReadAll(emulator, token, '/messages', { chat_id: chat.id })),
	};
}

/** Draining the bot's event history page by page (the Event History resource goes through the same transport). */
export function historyWork(emulator: PachcaEmulator, count: number): Work {
	emulator.addEvents(count);
	const pages = Math.ceil(count / 50); // the last full page says has_next: false
	return {
		name: `drain ${count.toLocaleString('en')} history events`,
		items: count,
		minimumS: minimumSeconds(pages, RATE_LIMIT_RULES.events, pages),
		node: async (token) => {
			const { items, error } = await probe(emulator, { mode: 'all', path: '/webhooks/events' }, { token });
			return error ? count : count - items.length;
		},
		naive: async (token) => count - (await naiveReadAll(emulator, token, '/webhooks/events', {})),
	};
}

export const freshBotToken = (emulator: PachcaEmulator) => emulator.createToken({ scopes: BOT_SCOPES, bot: true });
