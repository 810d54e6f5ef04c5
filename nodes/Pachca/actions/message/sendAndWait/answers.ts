import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../../../shared/parameters';
import type { ButtonRows } from '../buttons';
import { BUTTON_LIMITS } from '../buttons';
import { DEFAULT_LABELS } from './labels';
import { QUESTION_PARAM, questionToken } from './question';

/**
 * Query parameters of a resume URL (with QUESTION_PARAM, the question's token over both). n8n signs
 * the whole query and keeps `signature` for itself.
 */
export const APPROVED_PARAM = 'approved';
export const MESSAGE_PARAM = 'messageId';

export type ResponseType = 'approval' | 'freeText';

/** One answer button: its label and the `approved` value its link carries. */
export interface AnswerChoice {
	text: string;
	approved: boolean;
}

const label = (read: ParameterReader, path: string, fallback: string): string =>
	read.text(path, { required: true, max: BUTTON_LIMITS.text }, fallback);

/** The buttons the person can answer with: Approve (and Disapprove), or one that opens the answer form. */
export function readAnswerChoices(read: ParameterReader): AnswerChoice[] {
	if (read.choice<ResponseType>('responseType', 'approval') === 'freeText') {
		return [{ text: label(read, 'options.messageButtonLabel', DEFAULT_LABELS.respond), approved: true }];
	}
	const choices = [{ text: label(read, 'approvalOptions.values.approveLabel', DEFAULT_LABELS.approve), approved: true }];
	if (read.choice<'single' | 'double'>('approvalOptions.values.approvalType', 'single') === 'double') {
		choices.push({ text: label(read, 'approvalOptions.values.disapproveLabel', DEFAULT_LABELS.disapprove), approved: false });
	}
	return choices;
}

/** One row of URL buttons, each link signed by n8n, naming its message and carrying the question's token. */
export function resumeButtons(
	choices: AnswerChoice[],
	messageId: number,
	questionSecret: string,
	signedUrl: (query: Record<string, string>) => string,
): ButtonRows {
	return [
		choices.map((choice) => ({
			text: choice.text,
			url: signedUrl({
				[APPROVED_PARAM]: String(choice.approved),
				[MESSAGE_PARAM]: String(messageId),
				[QUESTION_PARAM]: questionToken(questionSecret, messageId, String(choice.approved)),
			}),
		})),
	];
}

/** The message's answer button with this `approved` value; undefined once the buttons are gone. */
export function findAnswerButton(message: IDataObject, approved: string): { text: string } | undefined {
	const rows = Array.isArray(message.buttons) ? (message.buttons as unknown[][]) : [];
	for (const button of rows.flat() as Array<{ text?: unknown; url?: unknown }>) {
		if (typeof button?.url !== 'string') continue;
		let query: URLSearchParams;
		try {
			query = new URL(button.url).searchParams;
		} catch {
			continue; // not one of ours
		}
		if (query.get(MESSAGE_PARAM) === String(message.id) && query.get(APPROVED_PARAM) === approved) {
			return { text: String(button.text ?? '') };
		}
	}
	return undefined;
}

/** The line added under the message once it is answered. */
export function decisionLine(responseType: ResponseType, approved: boolean, buttonText: string): string {
	if (responseType === 'freeText') return '**Answer:** 💬 sent through the form';
	return `**Answer:** ${approved ? '✅' : '❌'} ${buttonText}`;
}
