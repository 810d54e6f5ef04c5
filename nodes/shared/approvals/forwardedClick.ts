import { createHmac, timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import type { Decision } from './buttonData';

/**
 * What the Pachca Trigger sends to the waiting execution for one click: the click as Pachca signed it
 * to the trigger, the time the trigger received it, and a MAC under the bot's approval key. Anyone who
 * learns the resume URL (it is in the button's data) still cannot answer without that key.
 */
export interface ForwardedClick {
	message_id: number;
	user_id: number;
	decision: Decision;
	trigger_id: string;
	/** when the trigger received it (ms) */
	received_at: number;
}

/** A forward older than this is a replay: the trigger sends it at once. */
export const FORWARD_MAX_AGE_MS = 5 * 60 * 1000;

const canonical = (click: ForwardedClick): string =>
	['v1', click.message_id, click.user_id, click.decision, click.trigger_id, click.received_at].join('|');

const macOf = (key: Buffer, click: ForwardedClick): string => createHmac('sha256', key).update(canonical(click)).digest('hex');

export function signClick(key: Buffer, click: ForwardedClick): IDataObject {
	return { ...click, mac: macOf(key, click) };
}

export type ClickCheck = { ok: true; click: ForwardedClick } | { ok: false; reason: string };

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** The forwarded click when its MAC is ours and it is fresh. */
export function verifyClick(key: Buffer, body: unknown, nowMs: number): ClickCheck {
	const b = (body ?? {}) as IDataObject;
	if (!isId(b.message_id) || !isId(b.user_id) || (b.decision !== 'a' && b.decision !== 'r')) {
		return { ok: false, reason: 'not a forwarded click' };
	}
	if (typeof b.trigger_id !== 'string' || typeof b.received_at !== 'number' || typeof b.mac !== 'string') {
		return { ok: false, reason: 'not a forwarded click' };
	}
	const click: ForwardedClick = {
		message_id: b.message_id,
		user_id: b.user_id,
		decision: b.decision,
		trigger_id: b.trigger_id,
		received_at: b.received_at,
	};
	const expected = Buffer.from(macOf(key, click));
	const given = Buffer.from(b.mac);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad signature' };
	if (Math.abs(nowMs - click.received_at) > FORWARD_MAX_AGE_MS) return { ok: false, reason: 'too old (a replay)' };
	return { ok: true, click };
}
