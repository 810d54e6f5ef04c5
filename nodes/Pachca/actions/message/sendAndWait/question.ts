import { createHash, createHmac, randomBytes, timingSafeEqual } from 'crypto';
import type { FunctionsBase, IDataObject } from 'n8n-workflow';

/**
 * One question, one set of links. A node that asks again in the same execution (a loop after a
 * time-out) gets resume URLs with the same path, all signed by n8n, so n8n's signature alone cannot
 * tell an old link from a new one. Each question therefore gets a fresh secret, kept with the waiting
 * execution (its custom data, saved and read back with it), and each link carries a token: the HMAC of
 * its message ID and answer under that secret. Asking again replaces the secret, so the old links stop
 * matching; a link with a changed answer or message ID never matched.
 */
export const QUESTION_PARAM = 'question';

/** Custom data keys allow letters, digits and _ up to 50 characters: a hash of the node's ID fits. */
const secretKey = (nodeId: string): string =>
	`pachcaQuestion_${createHash('sha256').update(nodeId).digest('hex').slice(0, 24)}`;

type WithCustomData = Pick<FunctionsBase, 'customData' | 'getNode'>;

/** Newer n8n versions check a resume URL's signature only when the node asks for it. */
type MaybeSignatureRequired = { setSignatureValidationRequired?: () => void };

/** Starts a new question: a new secret replaces the previous question's. Throws (plain Error) when it cannot be kept. */
export function startQuestion(ctx: WithCustomData): string {
	const secret = randomBytes(24).toString('hex');
	const key = secretKey(ctx.getNode().id);
	ctx.customData.set(key, secret);
	// n8n keeps at most 10 custom data entries and drops an 11th silently.
	if (ctx.customData.get(key) !== secret) {
		throw new Error(
			'the execution already holds 10 custom data entries; Send and Wait needs one to tell its questions apart',
		);
	}
	(ctx as unknown as MaybeSignatureRequired).setSignatureValidationRequired?.();
	return secret;
}

/** The token a link of this question carries for this message and answer. */
export function questionToken(secret: string, messageId: number, approved: string): string {
	return createHmac('sha256', secret).update(`${messageId}:${approved}`).digest('hex');
}

/**
 * Whether a link belongs to the question the node waits on now. An execution that began waiting
 * before questions had secrets has none; its links carry no token and are taken as they are.
 */
export function isCurrentQuestion(ctx: WithCustomData, query: IDataObject, messageId: number, approved: string): boolean {
	const secret = ctx.customData.get(secretKey(ctx.getNode().id)) as string | undefined;
	const given = query[QUESTION_PARAM];
	if (secret === undefined) return given === undefined;
	if (typeof given !== 'string') return false;
	const expected = Buffer.from(questionToken(secret, messageId, approved));
	const actual = Buffer.from(given);
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * In the chat (Answer In: Pachca Chat) a question is its message: the node keeps the message ID in the
 * same custom data entry, so a click on an earlier question's message (a loop that asked again) is
 * told apart from a click on the one the node waits on now.
 */
export function recordChatQuestion(ctx: WithCustomData, messageId: number): void {
	ctx.customData.set(secretKey(ctx.getNode().id), `chat:${messageId}`);
}

export function isCurrentChatQuestion(ctx: WithCustomData, messageId: number): boolean {
	return ctx.customData.get(secretKey(ctx.getNode().id)) === `chat:${messageId}`;
}
