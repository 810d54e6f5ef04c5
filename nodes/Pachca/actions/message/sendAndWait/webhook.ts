import type { IDataObject, INodeProperties, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { ParameterReader, parsePositiveId } from '../../../../shared/parameters';
import { pachcaApiRequest } from '../../../../shared/transport';
import { MESSAGE_ROUTES } from '../routes';
import type { ResponseType } from './answers';
import { APPROVED_PARAM, decisionLine, findAnswerButton, MESSAGE_PARAM } from './answers';
import { claimAnswer } from './answered';
import { closedQuestionPage, formPage, formText, invalidLinkPage, recordedPage, RESPONSE_FIELD, stalePage } from './pages';
import { chatAnswerWebhook } from './chatAnswer';
import { answersInChat } from './chatQuestion';
import { isCurrentQuestion } from './question';
import { questionParameter } from './questionText';

/** A webhook request must answer the browser quickly: one retry, short timeouts. */
const QUICK = { maxRetries: 1, timeoutMs: 10_000 };

type Response = ReturnType<IWebhookFunctions['getResponseObject']>;

/** Writes a page and tells n8n the response is sent; without workflowData the execution keeps waiting. */
function answerWith(res: Response, status: number, html: string): IWebhookResponseData {
	res.status(status);
	res.setHeader('Content-Type', 'text/html; charset=utf-8');
	res.setHeader('Cache-Control', 'no-store');
	res.send(html);
	return { noWebhookResponse: true };
}

/** The message as Pachca has it now; undefined when it cannot be read (the answer still counts). */
async function currentMessage(ctx: IWebhookFunctions, id: number): Promise<IDataObject | undefined> {
	try {
		const response = await pachcaApiRequest.call(ctx, MESSAGE_ROUTES.get, { ...QUICK, params: { id } });
		return response.data as IDataObject;
	} catch (error) {
		ctx.logger.warn(`Pachca: could not read message ${id} to close it after the answer: ${(error as Error).message}`);
		return undefined;
	}
}

/** Removes the answer buttons and adds the decision under the text; a failure only costs the edit. */
async function closeMessage(ctx: IWebhookFunctions, message: IDataObject, line: string): Promise<void> {
	try {
		await pachcaApiRequest.call(ctx, MESSAGE_ROUTES.update, {
			...QUICK,
			params: { id: String(message.id) },
			body: { message: { content: `${String(message.content ?? '')}\n\n${line}`, buttons: [] } },
			chatKey: `${String(message.entity_type)}:${String(message.entity_id)}`,
		});
	} catch (error) {
		ctx.logger.warn(`Pachca: could not edit message ${String(message.id)} after the answer: ${(error as Error).message}`);
	}
}

/** A field of the posted form: parsed by n8n's body parser, or read from the raw urlencoded body. */
function formField(ctx: IWebhookFunctions, name: string): string {
	const body = ctx.getBodyData() as IDataObject | undefined;
	if (typeof body?.[name] === 'string') return body[name] as string;
	const raw = (ctx.getRequestObject() as { rawBody?: { toString(encoding: 'utf8'): string } }).rawBody;
	return raw === undefined ? '' : (new URLSearchParams(raw.toString('utf8')).get(name) ?? '');
}

/**
 * The resume webhook of Send and Wait. n8n calls it only while the execution waits at this node; the
 * link's question token (see question.ts) proves that its message ID and answer are the ones this
 * question's buttons carry.
 * It answers the browser with a page and resumes with `{ data: { approved } }` (or `{ data: { text } }`),
 * the shape of n8n's own nodes. A link of a message that is already answered (or is being answered
 * by a request that came first) gets a page and resumes nothing.
 */
export async function sendAndWaitWebhook(
	this: IWebhookFunctions,
	nodeProperties: INodeProperties[],
): Promise<IWebhookResponseData> {
	const read = new ParameterReader(this, nodeProperties);
	if (answersInChat(read)) return await chatAnswerWebhook.call(this, read);
	const res = this.getResponseObject();
	const query = this.getQueryData() as IDataObject;
	const messageId = parsePositiveId(query[MESSAGE_PARAM]);
	const approvedParam = query[APPROVED_PARAM];
	if (messageId === undefined || (approvedParam !== 'true' && approvedParam !== 'false')) {
		return answerWith(res, 400, invalidLinkPage());
	}
	// Checked here, not left to n8n: its signature cannot tell this question's links from an earlier one's.
	if (!isCurrentQuestion(this, query, messageId, approvedParam)) return answerWith(res, 200, closedQuestionPage());
	const responseType = read.choice<ResponseType>('responseType', 'approval');
	const showAnswer = read.boolean('options.showAnswer', true);

	const message = showAnswer ? await currentMessage(this, messageId) : undefined;
	const button = message && findAnswerButton(message, approvedParam);
	if (message && !button) return answerWith(res, 200, stalePage());

	let data: IDataObject;
	if (responseType === 'freeText') {
		const form = formText(read, questionParameter(this));
		if (this.getRequestObject().method !== 'POST') return answerWith(res, 200, formPage(form));
		const text = formField(this, RESPONSE_FIELD);
		if (text.trim() === '') return answerWith(res, 400, formPage({ ...form, error: 'Write an answer first.' }));
		data = { text };
	} else {
		data = { approved: approvedParam === 'true' };
	}

	// The other link of a race: n8n resumes with one answer only, so this one is not recorded.
	if (!claimAnswer(this.getNode().id, messageId)) return answerWith(res, 200, stalePage());
	if (message && button) {
		await closeMessage(this, message, decisionLine(responseType, approvedParam === 'true', button.text));
	}
	answerWith(res, 200, recordedPage());
	return { noWebhookResponse: true, workflowData: [[{ json: { data } }]] };
}
