/**
 * The answers this n8n process has already taken, by message. Two links of one question opened at the
 * same moment (Deploy and Cancel, or a double click) both find the buttons still there; n8n then
 * resumes the execution with only one of them, so only the first may edit the message and say
 * "recorded". Claiming is synchronous, so of two concurrent requests exactly one wins.
 */
const answered = new Set<string>();

/** Bounded: an old entry is only needed while its links can still race, i.e. for seconds. */
const MAX_REMEMBERED = 10_000;

/** True for the first answer to this message of this node; false for every later one. */
export function claimAnswer(nodeId: string, messageId: number): boolean {
	const key = `${nodeId}:${messageId}`;
	if (answered.has(key)) return false;
	answered.add(key);
	if (answered.size > MAX_REMEMBERED) answered.delete(answered.values().next().value as string);
	return true;
}
