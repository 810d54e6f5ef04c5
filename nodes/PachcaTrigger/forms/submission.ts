import type { FormErrors } from '../../shared/forms';
import { formDataOf, isFormSubmission } from '../../shared/forms';
import type { ParameterReader } from '../../shared/parameters';
import type { FormRule } from './rules';
import { checkForm, readFormRules } from './rules';

export type FormAnswer = 'trigger' | 'workflow';

export interface FormSettings {
	answer: FormAnswer;
	rules: FormRule[];
}

export function readFormSettings(read: ParameterReader): FormSettings {
	return { answer: read.choice<FormAnswer>('formAnswer', 'trigger'), rules: readFormRules(read) };
}

/** The Form Validation errors of a submission (answered 400 at once), or undefined. */
export function formErrorsOf(payload: Record<string, unknown>, settings: FormSettings): FormErrors | undefined {
	if (!isFormSubmission(payload) || settings.rules.length === 0) return undefined;
	return checkForm(settings.rules, payload.callback_id, formDataOf(payload));
}

/** In "Using Form → Respond" mode the workflow answers submissions; the trigger answers everything else itself. */
export const triggerAnswersItself = (payload: Record<string, unknown>, settings: FormSettings): boolean =>
	settings.answer === 'workflow' && !isFormSubmission(payload);

/** n8n reads the webhook's responseMode from this: the workflow answers only in "Using Form → Respond" mode. */
export const RESPONSE_MODE_EXPRESSION = '={{ $parameter["formAnswer"] === "workflow" ? "responseNode" : "onReceived" }}';
