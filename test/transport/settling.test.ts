import type { SimulatedRequest } from './simulated-chat';
import { acceptedRates, sendToOneChat } from './simulated-chat';

/**
 * Pacing against a server whose limit is not the documented one, on a virtual clock (the transport's
 * buckets against the emulator's rate limiter): the learned rate settles instead of sawing, and a limit
 * that comes back is used again.
 */
describe('learned rate settles (virtual clock)', () => {
	const FULL = { burst: 20, perSecond: 4 };
	const STRICTER = { burst: 7, perSecond: 4 / 3, retryAfterSec: 2 };
	const refusedAt = (log: SimulatedRequest[]) => log.filter((r) => r.status === 429).map((r) => r.sentAt);

	it('a server 3× stricter than documented, Retry-After 2: at most 5 % of the requests for 60 messages are refused', () => {
		const log = sendToOneChat(60, [{ fromMs: 0, rule: STRICTER }]);
		expect(refusedAt(log).length / log.length).toBeLessThanOrEqual(0.05);
		// Learned within 10 s: from then on the server's rate is used (≥ 90 % of it in every 10 s).
		for (const rate of acceptedRates(log, 10_000, 10_000, 3)) expect(rate).toBeGreaterThanOrEqual(0.9 * STRICTER.perSecond);
	});

	it('cut again and again at the same rate, the probes above it come further apart, and 300 messages see ≤ 4 % 429s', () => {
		const log = sendToOneChat(300, [{ fromMs: 0, rule: STRICTER }]);
		const refused = refusedAt(log);
		expect(refused.length / log.length).toBeLessThanOrEqual(0.04);
		// After the first two (learning the limit), never two refusals within 15 s.
		const gaps = refused.slice(2).map((at, i) => at - refused[i + 1]);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15_000);
	});

	it('a limit halved for 30 s and then back: ≥ 90 % of the full rate again within 30 s', () => {
		const log = sendToOneChat(240, [
			{ fromMs: 0, rule: FULL },
			{ fromMs: 10_000, rule: { burst: 10, perSecond: 2 } },
			{ fromMs: 40_000, rule: FULL },
		]);
		const [lastWindow] = acceptedRates(log, 65_000, 5000, 1);
		expect(lastWindow).toBeGreaterThanOrEqual(0.9 * FULL.perSecond);
	});
});
