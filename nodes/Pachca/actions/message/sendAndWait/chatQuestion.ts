import type { IExecuteFunctions } from 'n8n-workflow';

import type { Vote } from '../../../../shared/approvals';
import { approvalKey, encodeButtonData } from '../../../../shared/approvals';
import type { ParameterReader } from '../../../../shared/parameters';
import type { ButtonRows } from '../buttons';
import type { AnswerChoice, ResponseType } from './answers';
import { readApproverRules } from './approvers';
import type { AnswerIn } from './chat.descriptions';

/** Where the in-chat buttons send a click: the execution's signed resume path, and the key that signs the data. */
export interface ChatAnswer {
	key: Buffer;
	path: string;
	signature: string;
}

/** Whether this question is answered in the chat (data buttons) rather than in a browser. */
export function answersInChat(read: ParameterReader): boolean {
	return (
		read.choice<ResponseType>('responseType', 'approval') === 'approval' && read.choice<AnswerIn>('answerIn', 'browser') === 'chat'
	);
}

/** The largest vote the data may ever carry: a user ID of 31 bits, a time ten years on. */
const LONGEST_VOTE: Vote = { userId: 2 ** 31 - 1, decision: 'a', at: Math.floor(Date.now() / 1000) + 10 * 366 * 86_400 };

/**
 * Reads and checks everything an in-chat question needs before it is sent: the approvers, the key,
 * and that the buttons' data fits Pachca's 255 characters even with every approval but the last in it.
 */
export async function prepareChatAnswer(ctx: IExecuteFunctions, read: ParameterReader): Promise<ChatAnswer> {
	const rules = readApproverRules(read);
	const resume = new URL(ctx.getSignedResumeUrl());
	const answer = { key: await approvalKey(ctx), path: resume.pathname, signature: resume.searchParams.get('signature') ?? '' };
	try {
		const votes = new Array<Vote>(rules.required - 1).fill(LONGEST_VOTE);
		encodeButtonData(answer.key, { decision: 'a', path: answer.path, signature: answer.signature, votes });
	} catch (error) {
		throw read.fail(
			'approvers.requiredApprovals',
			`${(error as Error).message}: n8n's resume path (${answer.path}) leaves room for fewer approvals`,
		);
	}
	return answer;
}

/** One row of data buttons; the data of each names its answer and where the click goes. */
export function chatButtons(choices: AnswerChoice[], answer: ChatAnswer): ButtonRows {
	return [
		choices.map((choice) => ({
			text: choice.text,
			data: encodeButtonData(answer.key, {
				decision: choice.approved ? 'a' : 'r',
				path: answer.path,
				signature: answer.signature,
				votes: [],
			}),
		})),
	];
}
