import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { ForwardedClick, Vote } from '../../../../shared/approvals';
import { approvalKey, decodeButtonData, encodeButtonData, verifyClick } from '../../../../shared/approvals';
import type { ParameterReader } from '../../../../shared/parameters';
import { pachcaApiRequest } from '../../../../shared/transport';
import { MESSAGE_ROUTES } from '../routes';
import { oneAtATime } from './oneAtATime';
import { claimAnswer } from './answered';
import { mayAnswer, readApproverRules } from './approvers';
import type { Person } from './decisionLines';
import { decisionLines, mention } from './decisionLines';
import { isCurrentChatQuestion } from './question';
import { questionText } from './questionText';

/** Pachca waits for the trigger, which waits for this: one retry, short timeouts. */
const QUICK = { maxRetries: 1, timeoutMs: 3000 };

type Response = ReturnType<IWebhookFunctions['getResponseObject']>;

/** Answers the trigger (which relays `status` to Pachca); without workflowData the execution keeps waiting. */
function reply(res: Response, status: number, body: IDataObject): IWebhookResponseData {
	res.status(status).json(body);
	return { noWebhookResponse: true };
}

/** Who the user is, for the message and the output; only the ID when Pachca cannot say. */
async function person(ctx: IWebhookFunctions, userId: number): Promise<Person> {
	try {
		const user = (await pachcaApiRequest.call(ctx, MESSAGE_ROUTES.getUser, { ...QUICK, params: { id: userId } })).data as IDataObject;
		const name = [user.first_name, user.last_name].filter((part) => typeof part === 'string' && part !== '').join(' ');
		return { userId, nickname: typeof user.nickname === 'string' ? user.nickname : undefined, name: name || undefined };
	} catch (error) {
		ctx.logger.warn(`Pachca: could not read user ${userId}: ${(error as Error).message}`);
		return { userId };
	}
}

/** "Only the approvers can answer": a reply in the message's thread, mentioning the user. */
async function tellInThread(ctx: IWebhookFunctions, messageId: number, who: Person): Promise<void> {
	try {
		const thread = (await pachcaApiRequest.call(ctx, MESSAGE_ROUTES.openThread, { ...QUICK, params: { id: messageId } })).data as IDataObject;
		const content = `${mention(who)}, only the approvers of this request can answer it: your click was not counted.`;
		await pachcaApiRequest.call(ctx, MESSAGE_ROUTES.send, {
			...QUICK,
			body: { message: { entity_type: 'thread', entity_id: Number(thread.id), content } },
			chatKey: `thread:${String(thread.id)}`,
		});
	} catch (error) {
		ctx.logger.warn(`Pachca: could not reply in the thread of message ${messageId}: ${(error as Error).message}`);
	}
}

/** The votes the message's buttons carry now; undefined once no button of ours is left (decided). */
function votesOnMessage(key: Buffer, message: IDataObject): Vote[] | undefined {
	const buttons = (Array.isArray(message.buttons) ? (message.buttons as IDataObject[][]) : []).flat();
	for (const button of buttons) {
		const data = decodeButtonData(key, button?.data);
		if (data) return data.votes;
	}
	return undefined;
}

/** The buttons with the new votes in their data (other buttons kept as they are). */
function withVotes(key: Buffer, message: IDataObject, votes: Vote[]): IDataObject[][] {
	return (message.buttons as IDataObject[][]).map((row) =>
		row.map((button) => {
			const data = decodeButtonData(key, button.data);
			return data ? { text: button.text, data: encodeButtonData(key, { ...data, votes }) } : { ...button };
		}),
	);
}

const iso = (atSeconds: number): string => new Date(atSeconds * 1000).toISOString();

/**
 * The waiting node's side of an in-chat answer: a click the bot's Pachca Trigger forwarded. Nothing
 * resumes unless the forward is signed with the bot's key and fresh, the click is on the message this
 * question waits on and its buttons are still there, and the user may answer. An approval that is not
 * yet the last one needed is written into the message (text and buttons' data) and the wait goes on.
 */
export async function chatAnswerWebhook(this: IWebhookFunctions, read: ParameterReader): Promise<IWebhookResponseData> {
	const res = this.getResponseObject();
	const key = await approvalKey(this);
	const check = verifyClick(key, this.getBodyData(), Date.now());
	if (!check.ok) {
		this.logger.warn(`Pachca: refused an answer to Send and Wait: ${check.reason}`);
		return reply(res, 401, { status: 'refused', reason: check.reason });
	}
	const click = check.click;
	if (!isCurrentChatQuestion(this, click.message_id)) return reply(res, 200, { status: 'refused', reason: 'not the question waited on' });
	// The message holds the count: clicks on one message are counted one after another here.
	return await oneAtATime(`${this.getNode().id}:${click.message_id}`, async () => await count(this, read, key, click));
}

async function count(ctx: IWebhookFunctions, read: ParameterReader, key: Buffer, click: ForwardedClick): Promise<IWebhookResponseData> {
	const res = ctx.getResponseObject();

	let message: IDataObject;
	try {
		message = (await pachcaApiRequest.call(ctx, MESSAGE_ROUTES.get, { ...QUICK, params: { id: click.message_id } })).data as IDataObject;
	} catch (error) {
		// Pachca's retry of the click gets another chance.
		return reply(res, 503, { status: 'failed', reason: `could not read the message: ${(error as Error).message}` });
	}
	const earlier = votesOnMessage(key, message);
	if (!earlier) return reply(res, 200, { status: 'closed' });

	const rules = readApproverRules(read);
	if (!(await mayAnswer(ctx, rules, click.user_id, QUICK))) {
		if (rules.tellOthers) await tellInThread(ctx, click.message_id, await person(ctx, click.user_id));
		return reply(res, 200, { status: 'notAllowed' });
	}
	if (earlier.some((vote) => vote.userId === click.user_id)) return reply(res, 200, { status: 'duplicate' });

	const votes = [...earlier, { userId: click.user_id, decision: click.decision, at: Math.floor(click.received_at / 1000) }];
	const approvals = votes.filter((vote) => vote.decision === 'a').length;
	const decided = click.decision === 'r' || approvals >= rules.required;
	// Of two last clicks handled at once by this process, one decides (n8n resumes once anyway).
	if (decided && !claimAnswer(ctx.getNode().id, click.message_id)) return reply(res, 200, { status: 'closed' });

	const people = new Map<number, Person>();
	for (const vote of votes) people.set(vote.userId, await person(ctx, vote.userId));
	const showAnswer = read.boolean('options.showAnswer', true);
	const lines = decisionLines(votes, people, ctx.getTimezone(), rules.required);
	const content = showAnswer || !decided ? `${questionText(ctx, read)}\n\n${lines}` : undefined;
	try {
		await pachcaApiRequest.call(ctx, MESSAGE_ROUTES.update, {
			...QUICK,
			params: { id: click.message_id },
			body: { message: { ...(content === undefined ? {} : { content }), buttons: decided ? [] : withVotes(key, message, votes) } },
			chatKey: `${String(message.entity_type)}:${String(message.entity_id)}`,
		});
	} catch (error) {
		// An approval that could not be written would be lost: Pachca's retry gets another chance.
		if (!decided) return reply(res, 503, { status: 'failed', reason: `could not record the approval: ${(error as Error).message}` });
		ctx.logger.warn(`Pachca: could not edit message ${click.message_id} after the decision: ${(error as Error).message}`);
	}
	if (!decided) return reply(res, 200, { status: 'recorded', approvals, required: rules.required });

	const decisions = votes.map((vote) => ({ ...people.get(vote.userId), decision: vote.decision === 'a' ? 'approved' : 'rejected', at: iso(vote.at) }));
	const data = {
		approved: click.decision === 'a',
		decidedBy: people.get(click.user_id),
		decidedAt: iso(votes[votes.length - 1].at),
		decisions,
	};
	reply(res, 200, { status: 'decided' });
	return { noWebhookResponse: true, workflowData: [[{ json: { data } }]] };
}
