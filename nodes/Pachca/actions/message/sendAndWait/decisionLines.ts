import type { Vote } from '../../../../shared/approvals';

/** A user as the message names them: `@nickname`, or their ID when Pachca could not say. */
export type Person = {
	userId: number;
	nickname?: string;
	name?: string;
};

export const mention = (person: Person): string => (person.nickname ? `@${person.nickname}` : `user ${person.userId}`);

/** "14:05" in the workflow's timezone. */
export function clockTime(atSeconds: number, timezone: string): string {
	return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: timezone }).format(
		new Date(atSeconds * 1000),
	);
}

/**
 * What the message says under the question: one line per decision, and while approvals are missing,
 * how many are still needed. The buttons stay until the decision, then go.
 */
export function decisionLines(votes: Vote[], people: Map<number, Person>, timezone: string, required: number): string {
	const lines = votes.map((vote) => {
		const who = mention(people.get(vote.userId) ?? { userId: vote.userId });
		return `${vote.decision === 'a' ? '✅ Approved' : '❌ Rejected'} by ${who} at ${clockTime(vote.at, timezone)}`;
	});
	const approvals = votes.filter((vote) => vote.decision === 'a').length;
	const decided = votes.some((vote) => vote.decision === 'r') || approvals >= required;
	if (!decided) {
		const missing = required - approvals;
		lines.push(`⏳ Waiting for ${missing} more approval${missing === 1 ? '' : 's'}`);
	}
	return lines.join('\n');
}
