import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { FormErrors } from '../../../shared/forms';
import { FORM_ERRORS_STATUS, formErrorsBody } from '../../../shared/forms';
import type { ParameterReader } from '../../../shared/parameters';
import { describeValue } from '../../../shared/parameters';

const properties: INodeProperties[] = [
	{
		displayName:
			"Answers the Pachca Trigger's Form Submitted request: set the trigger's Form Answer to \"Using Form → Respond\". Pachca waits 3 seconds for the answer, so keep the steps before this one quick. The answer is sent once, for the first item.",
		name: 'formRespondNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Respond With',
		name: 'respondWith',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Close the Form', value: 'close', description: 'Answer 200: Pachca closes the form' },
			{ name: 'Field Errors', value: 'errors', description: 'Answer 400 with a text under each field named below; the form stays open' },
			{ name: 'Field Errors (JSON)', value: 'errorsJson', description: 'Answer 400 with errors given as a JSON object {"field name": "text"}' },
		],
		default: 'close',
	},
	{
		displayName: 'Errors',
		name: 'formErrors',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Error',
		default: {},
		displayOptions: { show: { respondWith: ['errors'] } },
		options: [
			{
				displayName: 'Error',
				name: 'error',
				values: [
					{ displayName: 'Field Name', name: 'field', type: 'string', default: '', placeholder: 'e.g. reason', description: "The field's name (block name) in the form" },
					{ displayName: 'Message', name: 'message', type: 'string', default: '', placeholder: 'e.g. Give a reason', description: 'Shown under the field' },
				],
			},
		],
	},
	{
		displayName: 'Errors (JSON)',
		name: 'formErrorsJson',
		type: 'json',
		default: '{}',
		hint: '{"reason": "Give a reason", "date_end": "Must be after the start date"}',
		displayOptions: { show: { respondWith: ['errorsJson'] } },
	},
];

export const description = updateDisplayOptions({ show: { resource: ['form'], operation: ['respond'] } }, properties);

function checkErrors(entries: Array<[unknown, unknown]>, fail: (detail: string) => never): FormErrors {
	if (entries.length === 0) fail('give at least one error (or choose Close the Form)');
	const errors: FormErrors = {};
	entries.forEach(([field, message], i) => {
		const at = `error ${i + 1}`;
		if (typeof field !== 'string' || field.trim() === '') fail(`${at}: the field name is empty`);
		if (typeof message !== 'string' || message.trim() === '') fail(`${at}: the message for ${JSON.stringify(field)}: expected text, got ${describeValue(message)}`);
		errors[(field as string).trim()] = message as string;
	});
	return errors;
}

function readErrors(read: ParameterReader, mode: 'errors' | 'errorsJson'): FormErrors {
	if (mode === 'errors') {
		const rows = ((read.raw('formErrors', {}) ?? {}) as { error?: Array<{ field?: unknown; message?: unknown }> }).error ?? [];
		return checkErrors(rows.map((row) => [row.field, row.message]), (detail) => {
			throw read.fail('formErrors', detail);
		});
	}
	const value = read.json('formErrorsJson', '{}');
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw read.expected('formErrorsJson', 'an object {"field name": "text"}', value);
	}
	return checkErrors(Object.entries(value), (detail) => {
		throw read.fail('formErrorsJson', detail);
	});
}

/**
 * Answers the webhook request of the view.submit that started this execution (n8n's response-node
 * mode, the same hook n8n's Respond to Webhook uses): 200 closes the form, 400 shows the errors.
 */
export async function execute(this: IExecuteFunctions, index: number, read: ParameterReader): Promise<INodeExecutionData[]> {
	const mode = read.choice<'close' | 'errors' | 'errorsJson'>('respondWith', 'close');
	const errors = mode === 'close' ? undefined : readErrors(read, mode);
	const response: IDataObject = errors
		? { statusCode: FORM_ERRORS_STATUS, body: formErrorsBody(errors), headers: { 'content-type': 'application/json; charset=utf-8' } }
		: { statusCode: 200, body: {} };
	if (index === 0) this.sendResponse(response);
	const answer = { status: response.statusCode, ...(errors ? { errors } : {}) };
	return [{ json: { ...this.getInputData()[index].json, form_answer: answer }, pairedItem: { item: index } }];
}
