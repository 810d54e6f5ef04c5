/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a command-line tool */
// Scenarios E-G: a server stricter than the docs, limits that change under load, and fetches that give
// up at their deadline. Each returns its row's figures; none fails on them.
import type { BucketRule, PachcaEmulator } from '../emulator';
import { RATE_LIMIT_RULES } from '../emulator';
import { probe } from '../transport/probe';
import type { Work } from './scenarios';
import { freshBotToken, LATENCY_MS, minimumSeconds, runPachca, sendItems, sendParameters } from './scenarios';

const writes = (rule: BucketRule) => ({ ...RATE_LIMIT_RULES, messagesWrite: rule });
const sent = (emulator: PachcaEmulator) => emulator.requests.filter((r) => r.path === '/messages');
/** When the 429s came, in seconds from the first request. */
function refusedAt(requests: Array<{ at: number; status: number }>): string {
	const seconds = requests.filter((r) => r.status === 429).map((r) => ((r.at - requests[0].at) / 1000).toFixed(2));
	return `${seconds.join(', ')} s`;
}
const failedItems = (items: Array<{ json: { error?: unknown } }>) => items.filter((item) => item.json.error !== undefined).length;

/** E: the server allows a third of the documented rate and burst, and always says Retry-After 2. */
export function stricterServerWork(emulator: PachcaEmulator, count: number): Work {
	const rule = { burst: 7, perSecond: 4 / 3, retryAfterSec: 2 };
	const work: Work = {
		name: `E: ${count} messages to one chat, server 3× stricter, Retry-After 2`,
		items: count,
		minimumS: minimumSeconds(count, rule),
		rules: writes(rule),
		expectedMessages: count,
		goal: '≤ 5 % 429s, rate learned within 10 s',
		node: async (token) => {
			work.sentTo = [emulator.addChat({ name: 'stricter' }).id];
			const { items } = await runPachca(emulator, token, sendParameters, sendItems(work.sentTo, count));
			work.note = `429s at ${refusedAt(sent(emulator))}`;
			return failedItems(items);
		},
	};
	return work;
}

/** F: the per-chat limit halves 10 s into the run, for 30 s, then comes back. */
export function halvedLimitWork(emulator: PachcaEmulator, count: number): Work {
	const full = RATE_LIMIT_RULES.messagesWrite;
	const half = { burst: full.burst / 2, perSecond: full.perSecond / 2 };
	const restoreAtS = 40;
	const work: Work = {
		name: `F: ${count} messages to one chat, limit halved from 10 s to 40 s`,
		items: count,
		// At the limits: the burst and 10 s at full rate, 30 s at half, the rest at full again.
		minimumS: restoreAtS + Math.max(0, count - (full.burst + 10 * full.perSecond + 30 * half.perSecond)) / full.perSecond + LATENCY_MS / 1000,
		expectedMessages: count,
		goal: '≥ 90 % of the full rate within 30 s of the limit coming back',
		node: async (token) => {
			work.sentTo = [emulator.addChat({ name: 'halved' }).id];
			const halve = setTimeout(() => emulator.changeRateLimitRules(writes(half)), 10_000);
			const restore = setTimeout(() => emulator.changeRateLimitRules(RATE_LIMIT_RULES), restoreAtS * 1000);
			const started = Date.now();
			const { items } = await runPachca(emulator, token, sendParameters, sendItems(work.sentTo, count));
			clearTimeout(halve);
			clearTimeout(restore);
			// Accepted sends per second over 5 s windows after the limit came back.
			const accepted = sent(emulator).filter((r) => r.status < 300).map((r) => (r.at - started) / 1000);
			const windows = [0, 5, 10, 15, 20, 25].map((from) => {
				const start = restoreAtS + from;
				return accepted.filter((s) => s >= start && s < start + 5).length / 5 / full.perSecond;
			});
			work.note = `share of 4/s per 5 s after the limit came back: ${windows.map((w) => `${Math.round(w * 100)} %`).join(', ')}`;
			return failedItems(items);
		},
	};
	return work;
}

/** Milliseconds from asking for one message (a whole n8n execution) until Pachca receives the request. */
async function fetchWait(emulator: PachcaEmulator, id: number, token: string) {
	const asked = Date.now();
	const { error } = await probe(emulator, { path: `/messages/${id}` }, { token });
	const arrived = emulator.requests.filter((r) => r.path === `/messages/${id}` && r.at >= asked)[0]?.at ?? NaN;
	return { ms: arrived - asked, failed: error ? 1 : 0 };
}

/** G: 100 fetches at once, each with a 5 s budget (half cannot fit at 10/s), then one ordinary fetch. */
export function abandonedFetchesWork(emulator: PachcaEmulator): Work {
	const interval = 1000 / RATE_LIMIT_RULES.messagesRead.perSecond;
	const work: Work = {
		name: 'G: 100 fetches with a 5 s budget, then an ordinary fetch',
		items: 101,
		minimumS: minimumSeconds(50, RATE_LIMIT_RULES.messagesRead),
		goal: `the ordinary fetch waits < ${interval} ms (one interval)`,
		node: async (token) => {
			const chat = emulator.addChat({ name: 'fetched' });
			const [message, other] = emulator.addMessages(chat.id, 2);
			const runs = await Promise.all(
				Array.from({ length: 100 }, async () => await probe(emulator, { path: `/messages/${message.id}`, deadlineMs: 5000 }, { token })),
			);
			const abandoned = runs.filter((run) => run.error).length;
			const refused = refusedAt(emulator.requests);
			const waited = await fetchWait(emulator, other.id, token);
			// The same fetch with a token never used: what an n8n execution takes to reach Pachca at all.
			const idle = await fetchWait(emulator, message.id, freshBotToken(emulator));
			work.note = `${abandoned} abandoned; the ordinary fetch waited ${waited.ms} ms (${idle.ms} ms on an idle token); 429s at ${refused}`;
			return waited.failed + idle.failed; // the abandoned fetches are the scenario, not failures
		},
	};
	return work;
}
