// Scenario H on a simulated clock: N processes share one token, each with its own pacing table (as n8n
// workers in queue mode), against a server that enforces Pachca's per-chat write limit (burst 20, 4/s,
// Retry-After rounded up to whole seconds) with 20 ms each way. Each process writes to a chat one message
// at a time, as the node does. No CPU in the way: the figures show the pacing alone, for several ways a
// queue may deal the executions out. The live run (bench row H, queue-mode part h) adds n8n's own costs.
import { BucketTable } from '../../nodes/shared/transport/throttle';

const ONE_WAY_MS = 20;
const BURST = 20;
const INTERVAL_MS = 250;

export interface SimulatedRun {
	deal: number[];
	sent: number;
	refused: number;
	seconds: number;
	shareOfLimit: number;
}

export function simulateSharedToken(deal: number[], chats = 20, perChat = 50): SimulatedRun {
	let now = 0;
	const events: Array<{ at: number; run: () => void }> = [];
	const later = (at: number, run: () => void) => events.push({ at, run });
	const serverTat = new Map<number, number>();
	/** The server's answer: 0 = accepted, else Retry-After seconds. */
	const server = (chat: number) => {
		const tat = Math.max(serverTat.get(chat) ?? 0, now);
		const early = tat - (BURST - 1) * INTERVAL_MS - now;
		if (early > 0) return Math.max(1, Math.ceil(early / 1000));
		serverTat.set(chat, tat + INTERVAL_MS);
		return 0;
	};
	const executions = deal.reduce((a, b) => a + b, 0);
	const items = Array.from({ length: chats * perChat }, (_, i) => i % chats);
	const size = Math.ceil(items.length / executions);
	let sent = 0;
	let refused = 0;
	let lastAccepted = 0;
	let dealt = 0;
	for (const count of deal) {
		const table = new BucketTable(() => now);
		table.shareToken('t~n', deal.length);
		const mine = items.slice(dealt * size, (dealt += count) * size);
		for (const chat of new Set(mine)) {
			const key = `t~n:messageWrite:chat:${chat}`;
			let left = mine.filter((c) => c === chat).length;
			const next = () => {
				if (left === 0) return;
				const slot = table.reserve(key, 'messageWrite', 60_000);
				if (!('at' in slot)) throw new Error('blocked');
				later(Math.max(now, slot.at), () => {
					const sentAt = table.sent(key);
					sent++;
					later(now + ONE_WAY_MS, () => {
						const retryAfter = server(chat);
						later(now + ONE_WAY_MS, () => {
							if (retryAfter) {
								refused++;
								table.refused(key, 'messageWrite', retryAfter * 1000, 60_000, sentAt);
							} else {
								table.accepted(key);
								left--;
								lastAccepted = now;
							}
							next();
						});
					});
				});
			};
			later(0, next);
		}
	}
	while (events.length) {
		events.sort((a, b) => a.at - b.at);
		const event = events.shift()!;
		now = event.at;
		event.run();
	}
	const minimumS = ((perChat - BURST) * INTERVAL_MS + 2 * ONE_WAY_MS) / 1000;
	return { deal, sent, refused, seconds: lastAccepted / 1000, shareOfLimit: minimumS / (lastAccepted / 1000) };
}
