import type { Bucket, BucketRule } from '../emulator';
import { RATE_LIMIT_RULES } from '../emulator';
import { RateLimiter } from '../emulator/ratelimit';
import { BucketTable } from '../../nodes/shared/transport/throttle';

/** The server's message-write rule from a moment on (ms since the start). */
export interface RuleChange {
	fromMs: number;
	rule: BucketRule;
}

export interface SimulatedRequest {
	/** ms since the start */
	sentAt: number;
	status: 200 | 429;
}

const KEY = 't:messageWrite:chat:1';
const CAP_MS = 60_000;

/**
 * Messages sent to one chat the way the transport sends them (one at a time, each after the answer to
 * the one before, a 429 retried after its pause), on a virtual clock against the emulator's own rate
 * limiter: pacing over minutes of server behaviour, computed in milliseconds and exactly repeatable.
 */
export function sendToOneChat(messages: number, changes: RuleChange[], latencyMs = 40): SimulatedRequest[] {
	let now = 0;
	const table = new BucketTable(() => now);
	const rules = (rule: BucketRule): Record<Bucket, BucketRule> => ({ ...RATE_LIMIT_RULES, messagesWrite: rule });
	const server = new RateLimiter(rules(changes[0].rule));
	let next = 1;
	const log: SimulatedRequest[] = [];
	for (let sent = 0; sent < messages; ) {
		while (next < changes.length && changes[next].fromMs <= now) server.change(rules(changes[next++].rule));
		const slot = table.reserve(KEY, 'messageWrite', CAP_MS);
		if (!('at' in slot)) throw new Error(`blocked for ${slot.blockedFor} ms`);
		now = Math.max(now, slot.at);
		const sentAt = table.sent(KEY);
		const decision = server.check('messagesWrite', 'chat', now + latencyMs / 2);
		now += latencyMs;
		log.push({ sentAt, status: decision.ok ? 200 : 429 });
		if (decision.ok) {
			table.accepted(KEY);
			sent++;
		} else {
			table.refused(KEY, 'messageWrite', decision.retryAfterSec * 1000, CAP_MS, sentAt);
		}
	}
	return log;
}

/** Accepted requests per second in `windowMs` windows from `fromMs` on. */
export function acceptedRates(log: SimulatedRequest[], fromMs: number, windowMs: number, windows: number): number[] {
	return Array.from({ length: windows }, (_, i) => {
		const start = fromMs + i * windowMs;
		const count = log.filter((r) => r.status === 200 && r.sentAt >= start && r.sentAt < start + windowMs).length;
		return count / (windowMs / 1000);
	});
}
