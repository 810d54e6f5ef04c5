/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// The workflows the queue-mode suite runs: the importable example (examples/queue-mode-dedupe.json),
// the same without its Remove Duplicates step (to measure what the pattern prevents), and a bulk
// sender for the two-worker pacing check.
import fs from 'node:fs';
import path from 'node:path';
import type { WorkflowJson } from '../e2e/lib/n8n';
import { EXAMPLES_DIR } from '../e2e/lib/paths';
import { DEMO_CHATS } from '../emulator/ui/seed';

export const CREDENTIAL = 'Pachca bot (emulator)';
export const DEDUPE_EXAMPLE = 'queue-mode-dedupe.json';
export const TRIGGER = 'On /ticket';
export const DEDUPE_NODE = 'Skip Redeliveries';
export const SIDE_EFFECT = 'Post Ticket';
export const TICKETS_CHAT = DEMO_CHATS.reports;
export const BULK_CHAT = DEMO_CHATS.team;
export const BULK_PATH = 'queue-bulk-send';

const withCredential = (wf: WorkflowJson, credentialId: string): WorkflowJson => {
	for (const node of wf.nodes) {
		for (const ref of Object.values(node.credentials ?? {})) {
			if (ref.name !== CREDENTIAL) throw new Error(`node "${node.name}" uses an unknown credential "${ref.name}"`);
			ref.id = credentialId;
		}
	}
	return wf;
};

export function dedupeExample(credentialId: string): WorkflowJson {
	const wf = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, DEDUPE_EXAMPLE), 'utf8')) as WorkflowJson;
	return withCredential(wf, credentialId);
}

/**
 * The example without "Skip Redeliveries" (trigger straight into the side effect), on its own webhook
 * path and in Manual registration, so it runs beside the example without taking the bot's URL.
 */
export function withoutPattern(credentialId: string): WorkflowJson {
	const wf = dedupeExample(credentialId);
	wf.name = `${wf.name} (without Remove Duplicates)`;
	wf.nodes = wf.nodes.filter((n) => n.name !== DEDUPE_NODE);
	const trigger = wf.nodes.find((n) => n.name === TRIGGER)!;
	trigger.parameters.webhookRegistration = 'manual';
	trigger.webhookId = '4f1c1e0a-0013-4a6b-9d1e-0000000000ff';
	wf.connections = { [TRIGGER]: { main: [[{ node: SIDE_EFFECT, type: 'main', index: 0 }]] } };
	return wf;
}

export const webhookSuffix = (wf: WorkflowJson): string => `${String(wf.nodes.find((n) => n.name === TRIGGER)!.webhookId)}/pachca`;

export const SPREAD_PATH = 'queue-spread-send';

/** The bulk sender, to the chat each message names: POST {messages: [{chat, text}]}. */
export const spreadSender = (credentialId: string): WorkflowJson =>
	bulkSender(credentialId, {
		name: 'Queue mode: bulk send over many chats',
		path: SPREAD_PATH,
		webhookId: '4f1c1e0a-0013-4a6b-9d1e-0000000000b2',
		chatId: '={{ $json.chat }}',
	});

/** POST {messages: [{text}]} → one item per message → Pachca Send Message to the Team chat. */
export function bulkSender(
	credentialId: string,
	{ name = 'Queue mode: bulk send to one chat', path = BULK_PATH, webhookId = '4f1c1e0a-0013-4a6b-9d1e-0000000000b1', chatId = String(BULK_CHAT) } = {},
): WorkflowJson {
	return withCredential(
		{
			name,
			nodes: [
				{
					name: 'Bulk Request', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0],
					webhookId,
					parameters: { httpMethod: 'POST', path, options: {} },
				},
				{
					name: 'One Item per Message', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [220, 0],
					parameters: { fieldToSplitOut: 'body.messages', options: {} },
				},
				{
					name: 'Send', type: 'n8n-nodes-pachca-bots.pachca', typeVersion: 1, position: [440, 0],
					parameters: {
						resource: 'message', operation: 'send', sendTo: 'chat',
						chatId: { __rl: true, mode: 'id', value: chatId },
						content: '={{ $json.text }}',
					},
					credentials: { pachcaApi: { id: '', name: CREDENTIAL } },
				},
			],
			connections: {
				'Bulk Request': { main: [[{ node: 'One Item per Message', type: 'main', index: 0 }]] },
				'One Item per Message': { main: [[{ node: 'Send', type: 'main', index: 0 }]] },
			},
		},
		credentialId,
	);
}

export const HISTORY_CHAT = DEMO_CHATS.team;

/**
 * Pachca Event History Trigger (new messages, Only New Events, acknowledging) → Pachca Send to the Team
 * chat. n8n refuses a poll time under a minute, but takes several minute-granular ones: four a minute.
 */
export function historyPoller(credentialId: string): WorkflowJson {
	const seconds = [0, 15, 30, 45];
	return withCredential(
		{
			name: 'Queue mode: events from the history',
			nodes: [
				{
					name: 'History', type: 'n8n-nodes-pachca-bots.pachcaEventHistoryTrigger', typeVersion: 1, position: [0, 0],
					parameters: {
						pollTimes: { item: seconds.map((s) => ({ mode: 'custom', cronExpression: `${s} * * * * *` })) },
						events: ['message.new'], firstActivation: 'onlyNew', acknowledge: true,
					},
					credentials: { pachcaApi: { id: '', name: CREDENTIAL } },
				},
				{
					name: 'Post', type: 'n8n-nodes-pachca-bots.pachca', typeVersion: 1, position: [220, 0],
					parameters: {
						resource: 'message', operation: 'send', sendTo: 'chat',
						chatId: { __rl: true, mode: 'id', value: String(HISTORY_CHAT) },
						content: '={{ "From history: #" + $json.id }}',
					},
					credentials: { pachcaApi: { id: '', name: CREDENTIAL } },
				},
			],
			connections: { History: { main: [[{ node: 'Post', type: 'main', index: 0 }]] } },
		},
		credentialId,
	);
}

export const CLAIMS_TABLE = 'pachca_delivery_keys';
export const POSTGRES_CREDENTIAL = 'n8n database (claims)';

/**
 * The strict variant of the example for copies that may arrive at the same moment: instead of Remove
 * Duplicates (read, then write), a Postgres INSERT … ON CONFLICT DO NOTHING claims the key atomically,
 * and only the execution that got the row back goes on.
 */
export function atomicClaim(credentialId: string, postgresCredentialId: string): WorkflowJson {
	const wf = dedupeExample(credentialId);
	wf.name = 'Pachca: one side effect per event, claimed atomically in Postgres';
	const trigger = wf.nodes.find((n) => n.name === TRIGGER)!;
	trigger.parameters.webhookRegistration = 'manual';
	trigger.webhookId = '4f1c1e0a-0013-4a6b-9d1e-0000000000c1';
	const post = wf.nodes.find((n) => n.name === SIDE_EFFECT)!;
	// After the claim, $json is the claimed row: the event comes from the trigger's paired item.
	post.parameters.content = `={{ "Ticket from message #" + $('${TRIGGER}').item.json.id + ": " + $('${TRIGGER}').item.json.content.replace(/^\\/ticket\\s*/i, "") }}`;
	wf.nodes = [
		trigger,
		{
			name: 'Claim Delivery', type: 'n8n-nodes-base.postgres', typeVersion: 2.6, position: [220, 0],
			parameters: {
				operation: 'executeQuery',
				query: `INSERT INTO ${CLAIMS_TABLE} (delivery_key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING delivery_key`,
				options: { queryReplacement: '={{ $json.delivery_key }}' },
			},
			credentials: { postgres: { id: postgresCredentialId, name: POSTGRES_CREDENTIAL } },
		},
		{
			name: 'Claimed?', type: 'n8n-nodes-base.if', typeVersion: 2.2, position: [440, 0],
			parameters: {
				conditions: {
					options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
					conditions: [{
						id: 'claimed', leftValue: '={{ $json.delivery_key }}', rightValue: '',
						operator: { type: 'string', operation: 'exists', singleValue: true },
					}],
					combinator: 'and',
				},
				options: {},
			},
		},
		{ ...post, position: [660, 0] },
	];
	wf.connections = {
		[TRIGGER]: { main: [[{ node: 'Claim Delivery', type: 'main', index: 0 }]] },
		'Claim Delivery': { main: [[{ node: 'Claimed?', type: 'main', index: 0 }]] },
		'Claimed?': { main: [[{ node: SIDE_EFFECT, type: 'main', index: 0 }], []] },
	};
	return wf;
}
