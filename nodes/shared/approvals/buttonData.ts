import { createHmac, timingSafeEqual } from 'crypto';

/**
 * The `data` of an in-chat answer button (Send and Wait, Answer In: Pachca Chat). Pachca hands it
 * back in the button.click webhook, which reaches the Pachca Trigger of the same bot; from it the
 * trigger learns where the waiting execution resumes, and the waiting node learns the approvals so far.
 *
 *   pa1|<a or r>|<resume path>|<n8n signature, base64url>|<approvals so far>|<MAC, base64url>
 *
 * The MAC (HMAC-SHA256 under the bot's approval key, 128 bits) covers everything before it: data a
 * workflow put on some other button of the bot, or data changed by hand, is not ours and is refused.
 * Pachca allows 255 characters.
 */
export const DATA_PREFIX = 'pa1';
export const DATA_LIMIT = 255;

export type Decision = 'a' | 'r';

/** One decision already counted: who, which, when (UNIX seconds). */
export interface Vote {
	userId: number;
	decision: Decision;
	at: number;
}

export interface ButtonData {
	decision: Decision;
	/** the path of the execution's resume URL, as n8n signed it */
	path: string;
	/** n8n's signature of that path (hex) */
	signature: string;
	votes: Vote[];
}

const mac = (key: Buffer, text: string): string => createHmac('sha256', key).update(text).digest().subarray(0, 16).toString('base64url');

// Base 36 digits are lower case: the upper-case decision letter separates a vote's user from its time.
const encodeVote = (vote: Vote): string => `${vote.userId.toString(36)}${vote.decision.toUpperCase()}${vote.at.toString(36)}`;

function decodeVote(text: string): Vote | undefined {
	const match = /^([0-9a-z]+)([AR])([0-9a-z]+)$/.exec(text);
	if (!match) return undefined;
	return { userId: parseInt(match[1], 36), decision: match[2].toLowerCase() as Decision, at: parseInt(match[3], 36) };
}

/** The button's data; throws (plain Error) when it does not fit Pachca's 255 characters. */
export function encodeButtonData(key: Buffer, data: ButtonData): string {
	const body = [
		DATA_PREFIX,
		data.decision,
		data.path,
		Buffer.from(data.signature, 'hex').toString('base64url'),
		data.votes.map(encodeVote).join(','),
	].join('|');
	const text = `${body}|${mac(key, body)}`;
	if (text.length > DATA_LIMIT) {
		throw new Error(`the answer button's data would be ${text.length} characters, over Pachca's ${DATA_LIMIT}`);
	}
	return text;
}

/** Whether a click's data claims to be an in-chat answer (signed or not). */
export const looksLikeAnswerData = (data: unknown): data is string => typeof data === 'string' && data.startsWith(`${DATA_PREFIX}|`);

/** The button's data when it is ours and intact; undefined otherwise. */
export function decodeButtonData(key: Buffer, text: unknown): ButtonData | undefined {
	if (!looksLikeAnswerData(text)) return undefined;
	const cut = text.lastIndexOf('|');
	const body = text.slice(0, cut);
	const given = Buffer.from(text.slice(cut + 1));
	const expected = Buffer.from(mac(key, body));
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
	const [, decision, path, signature, votes] = body.split('|');
	if ((decision !== 'a' && decision !== 'r') || !path.startsWith('/')) return undefined;
	const decoded = votes === '' ? [] : votes.split(',').map(decodeVote);
	if (decoded.some((vote) => vote === undefined)) return undefined;
	return { decision, path, signature: Buffer.from(signature, 'base64url').toString('hex'), votes: decoded as Vote[] };
}
