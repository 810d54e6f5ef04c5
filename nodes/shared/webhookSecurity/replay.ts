/** Pachca's docs recommend accepting a webhook_timestamp within one minute of receipt. */
export const DEFAULT_REPLAY_WINDOW_SECONDS = 60;

/** A wider window would need duplicates remembered for hours (twice the window) to stop replays. */
export const MAX_REPLAY_WINDOW_SECONDS = 3600;

export type TimestampCheck = 'ok' | 'missing' | 'outside';

/**
 * `webhook_timestamp` (UNIX seconds) against now ± window. A window of 0 turns the check off;
 * a value that is not a finite number counts as missing.
 */
export function checkTimestamp(value: unknown, nowMs: number, windowSeconds: number): TimestampCheck {
	if (windowSeconds <= 0) return 'ok';
	if (typeof value !== 'number' || !Number.isFinite(value)) return 'missing';
	return Math.abs(nowMs / 1000 - value) <= windowSeconds ? 'ok' : 'outside';
}
