import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { encodePrivateMetadata } from '../../../shared/forms';
import type { ParameterReader } from '../../../shared/parameters';
import { characterCount } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { validateBlocks, VIEW_LIMITS } from './blocks';
import { blocksProperties } from './blocks.descriptions';
import { blocksFromBuilder } from './builder';
import { explainTriggerIdError, TRIGGER_ID_LIFETIME_MS } from './expiry';
import { FORM_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{
		displayName:
			'Pachca opens a form only within 3 seconds of a click on a Data button: put this right after the Pachca Trigger that received the click (event Button Click).',
		name: 'formOpenNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Trigger ID',
		name: 'triggerId',
		type: 'string',
		required: true,
		default: '={{ $json.trigger_id }}',
		description: 'The trigger_id of the button click that opens the form, valid for 3 seconds',
	},
	{
		displayName: 'Title',
		name: 'formTitle',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Time off request',
		description: 'Shown at the top of the form, up to 24 characters',
	},
	...blocksProperties,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Callback ID',
				name: 'callbackId',
				type: 'string',
				default: '',
				placeholder: 'e.g. timeoff_request',
				description: 'Sent back with the submission so that the workflow knows which form it is, up to 255 characters',
			},
			{
				displayName: 'Close Button Text',
				name: 'closeText',
				type: 'string',
				default: '',
				placeholder: 'Cancel',
				description: 'Up to 24 characters (shown on the desktop web only)',
			},
			{
				displayName: 'Private Metadata',
				name: 'privateMetadata',
				type: 'json',
				default: '{}',
				description:
					'Any JSON (e.g. the request ID), sent back with the submission and output there parsed, as "metadata". Up to 3000 characters as JSON text.',
			},
			{
				displayName: 'Submit Button Text',
				name: 'submitText',
				type: 'string',
				default: '',
				placeholder: 'Send',
				description: 'Up to 24 characters',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['form'], operation: ['open'] } }, properties);

function readBlocks(read: ParameterReader): IDataObject[] {
	const mode = read.choice<'builder' | 'json'>('blocksMode', 'builder');
	const path = mode === 'builder' ? 'blocks' : 'blocksJson';
	const blocks = mode === 'builder' ? blocksFromBuilder(read) : read.json('blocksJson', '[]');
	return validateBlocks(blocks, (detail) => {
		throw read.fail(path, detail);
	});
}

/** private_metadata: the JSON text of the value, within the spec's 3000 characters. */
function readPrivateMetadata(read: ParameterReader): string | undefined {
	const path = 'additionalFields.privateMetadata';
	if (!read.given(path)) return undefined;
	const value = read.json(path);
	if (value === '' || value === undefined) return undefined;
	const text = encodePrivateMetadata(value);
	const length = characterCount(text);
	if (length > VIEW_LIMITS.privateMetadata) {
		throw read.fail(path, `${length} characters as JSON, at most ${VIEW_LIMITS.privateMetadata} are allowed`);
	}
	return text;
}

/**
 * POST /views/open for the user who clicked: every parameter is checked first, then the request goes
 * out at once with a 3-second budget, so it never waits in the pacing queue past the trigger_id's life.
 */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const triggerId = read.text('triggerId', { required: true }).trim();
	const view: IDataObject = { title: read.text('formTitle', { required: true, max: VIEW_LIMITS.title }) };
	const submitText = read.optionalText('additionalFields.submitText', { max: VIEW_LIMITS.buttonText });
	const closeText = read.optionalText('additionalFields.closeText', { max: VIEW_LIMITS.buttonText });
	if (submitText !== undefined) view.submit_text = submitText;
	if (closeText !== undefined) view.close_text = closeText;
	view.blocks = readBlocks(read);
	const callbackId = read.optionalText('additionalFields.callbackId', { max: VIEW_LIMITS.callbackId });
	const privateMetadata = readPrivateMetadata(read);
	const body: IDataObject = { type: 'modal', trigger_id: triggerId, view };
	if (callbackId !== undefined) body.callback_id = callbackId;
	if (privateMetadata !== undefined) body.private_metadata = privateMetadata;
	try {
		await pachcaApiRequest.call(this, FORM_ROUTES.open, { body, itemIndex: index, gate, deadlineMs: TRIGGER_ID_LIFETIME_MS });
	} catch (error) {
		throw explainTriggerIdError(this, error, index);
	}
	return [{ json: { opened: true, trigger_id: triggerId, callback_id: callbackId ?? null }, pairedItem: { item: index } }];
}
