import type { IExecuteFunctions, INodeExecutionData, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, SEND_AND_WAIT_OPERATION, updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { MESSAGE_ROUTES } from './routes';
import type { ResponseType } from './sendAndWait/answers';
import { readAnswerChoices, resumeButtons } from './sendAndWait/answers';
import { formText } from './sendAndWait/pages';
import { chatAnswerProperties } from './sendAndWait/chat.descriptions';
import { answersInChat, chatButtons, prepareChatAnswer } from './sendAndWait/chatQuestion';
import { recordChatQuestion, startQuestion } from './sendAndWait/question';
import { questionParameter, questionText } from './sendAndWait/questionText';
import { limitWaitTimeOption, readWaitTill } from './sendAndWait/waitTime';
import { postMessage, readMessageTarget } from './compose';
import { contentProperty } from './fields.descriptions';
import { messageTargetProperties } from './target.descriptions';

const QUESTION_DESCRIPTION = 'Message text, with Markdown and mentions (@nickname). The answer buttons go under it.';

const freeTextOnly = { show: { '/responseType': ['freeText'] } };

const properties: INodeProperties[] = [
	...messageTargetProperties,
	// Version 2 names the question `message`, as n8n's own Send and Wait operations do (see questionText.ts).
	{
		...contentProperty,
		required: true,
		description: QUESTION_DESCRIPTION,
		displayOptions: { show: { '@version': [1] } },
	},
	{
		...contentProperty,
		displayName: 'Message',
		name: 'message',
		required: true,
		description: QUESTION_DESCRIPTION,
		displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
	},
	{
		displayName: 'Response Type',
		name: 'responseType',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Approval', value: 'approval', description: 'The person approves (or disapproves) with a button' },
			{ name: 'Free Text', value: 'freeText', description: 'A button opens a small form for a written answer' },
		],
		default: 'approval',
	},
	{
		displayName: 'Approval Options',
		name: 'approvalOptions',
		type: 'fixedCollection',
		placeholder: 'Add Option',
		// Stays {}: n8n 2.41 cannot fill in a fixedCollection's default for a node saved without it
		// (getNodeParameters reads nodeValues.approvalOptions.values and throws). Added, it shows the labels.
		default: {},
		displayOptions: { show: { responseType: ['approval'] } },
		options: [
			{
				displayName: 'Values',
				name: 'values',
				values: [
					{
						displayName: 'Type of Approval',
						name: 'approvalType',
						type: 'options',
						options: [
							{ name: 'Approve Only', value: 'single' },
							{ name: 'Approve and Disapprove', value: 'double' },
						],
						default: 'single',
					},
					{ displayName: 'Approve Button Label', name: 'approveLabel', type: 'string', default: 'Approve' },
					{
						displayName: 'Disapprove Button Label',
						name: 'disapproveLabel',
						type: 'string',
						default: 'Disapprove',
						displayOptions: { show: { approvalType: ['double'] } },
					},
				],
			},
		],
	},
	...chatAnswerProperties,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		// The free-text labels start added (the panel shows them; hidden for Approval); absent, the same ones apply.
		default: { messageButtonLabel: 'Respond', responseFormButtonLabel: 'Submit' },
		options: [
			limitWaitTimeOption,
			{
				displayName: 'Message Button Label',
				name: 'messageButtonLabel',
				type: 'string',
				default: 'Respond',
				description: 'Text of the button that opens the answer form',
				displayOptions: freeTextOnly,
			},
			{
				displayName: 'Response Form Button Label',
				name: 'responseFormButtonLabel',
				type: 'string',
				default: 'Submit',
				displayOptions: freeTextOnly,
			},
			{
				displayName: 'Response Form Description',
				name: 'responseFormDescription',
				type: 'string',
				default: '',
				description: 'Text above the answer field; empty shows the message text',
				displayOptions: freeTextOnly,
			},
			{
				displayName: 'Response Form Title',
				name: 'responseFormTitle',
				type: 'string',
				default: '',
				displayOptions: freeTextOnly,
			},
			{
				displayName: 'Show Answer in Message',
				name: 'showAnswer',
				type: 'boolean',
				default: true,
				description:
					'Whether to edit the message once it is answered: its buttons are removed and the answer is added to the text, so nobody clicks a stale button',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: [SEND_AND_WAIT_OPERATION] } },
	properties,
);

/**
 * Sends the question, then puts its answer buttons on it: each is a resume URL of this execution,
 * signed by n8n, that carries the message ID (so the resume webhook knows which message to close) and
 * this question's token (so only this question's links resume this wait). Then the execution waits. Like n8n's own Send and Wait operations, only the first item asks.
 */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	if (index > 0) return [];
	const target = readMessageTarget(read);
	const content = questionText(this, read);
	const choices = readAnswerChoices(read);
	const waitTill = readWaitTill(read, new Date());
	// Read again by the webhook; a bad value fails here, before sending, not when the person answers.
	read.boolean('options.showAnswer', true);
	if (read.choice<ResponseType>('responseType', 'approval') === 'freeText') formText(read, questionParameter(this));
	const inChat = answersInChat(read) ? await prepareChatAnswer(this, read) : undefined;

	let questionSecret: string;
	try {
		questionSecret = startQuestion(this); // before sending: a question that cannot be told apart is not asked
	} catch (error) {
		throw new NodeOperationError(this.getNode(), (error as Error).message, { itemIndex: index });
	}

	const chatKey = `${target.entityType}:${target.entityId}`;
	const sent = await postMessage(this, index, target, { message: { content } }, gate);
	const buttons = inChat
		? chatButtons(choices, inChat)
		: resumeButtons(choices, Number(sent.id), questionSecret, (query) => this.getSignedResumeUrl(query));
	if (inChat) recordChatQuestion(this, Number(sent.id));
	try {
		await pachcaApiRequest.call(this, MESSAGE_ROUTES.update, {
			params: { id: String(sent.id) },
			body: { message: { buttons } },
			itemIndex: index,
			gate,
			chatKey,
		});
	} catch (error) {
		// A question nobody can answer must not stay in the chat.
		await pachcaApiRequest.call(this, MESSAGE_ROUTES.delete, { params: { id: String(sent.id) }, itemIndex: index, gate, chatKey }).catch(
			(deleteError: Error) => this.logger.warn(`Pachca: could not delete message ${String(sent.id)}: ${deleteError.message}`),
		);
		// Both constructors hand back an error that is already of their class (the transport's), unchanged.
		if (error instanceof NodeApiError) throw new NodeApiError(this.getNode(), error as unknown as JsonObject);
		throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: index });
	}
	await this.putExecutionToWait(waitTill);
	return [{ json: this.getInputData()[index].json, pairedItem: { item: index } }];
}
