import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ButtonsMode } from '../../helpers/buttons';
import { readButtons } from '../../helpers/buttons';
import { parameterError } from '../../../shared/parameters/errors';
import type { FilesValue } from '../../helpers/files';
import { readFiles } from '../../helpers/files';
import { getLocatorId } from '../../../shared/parameters/locators';
import { messageItems } from '../../helpers/output';
import { pachcaApiRequest } from '../../../shared/transport';
import { messageLocator } from '../common.descriptions';
import { updateButtonsProperties } from './buttons.descriptions';
import {
	contentProperty,
	displayAvatarUrlProperty,
	displayNameProperty,
	filesProperty,
	simplifyProperty,
} from './fields.descriptions';

interface UpdateFields {
	content?: string;
	displayAvatarUrl?: string;
	displayName?: string;
	files?: FilesValue;
}

const properties: INodeProperties[] = [
	{ ...messageLocator, description: 'The message to edit (only its sender can edit it)' },
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				...contentProperty,
				description: 'New message text, with Markdown. May be empty only when files are set too.',
			},
			displayAvatarUrlProperty,
			displayNameProperty,
			{ ...filesProperty, description: 'Replaces all the files of the message' },
		],
	},
	...updateButtonsProperties,
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['update'] } },
	properties,
);

/** The `message` object of PUT /messages/{id}: only what the user set. */
function readChanges(ctx: IExecuteFunctions, index: number): IDataObject {
	const fields = ctx.getNodeParameter('updateFields', index, {}) as UpdateFields;
	const changes: IDataObject = {};
	const files = fields.files === undefined ? undefined : readFiles(ctx, index, fields.files);
	if (fields.content !== undefined) {
		if (String(fields.content).trim() === '' && !files?.length) {
			throw parameterError(ctx, 'Content', 'the new text is empty and no files are set: the message would be empty', index);
		}
		changes.content = String(fields.content);
	}
	if (files !== undefined) changes.files = files;
	if (fields.displayName !== undefined) changes.display_name = fields.displayName;
	if (fields.displayAvatarUrl !== undefined) changes.display_avatar_url = fields.displayAvatarUrl;
	const buttons = readButtons(ctx, index, ctx.getNodeParameter('buttonsMode', index, 'keep') as ButtonsMode);
	if (buttons !== undefined) changes.buttons = buttons;
	if (Object.keys(changes).length === 0) {
		throw parameterError(ctx, 'Update Fields', 'nothing to update: add a field or change the buttons', index);
	}
	return changes;
}

export async function execute(this: IExecuteFunctions, index: number): Promise<INodeExecutionData[]> {
	const id = getLocatorId(this, 'messageId', 'Message', 'message', index);
	const message = readChanges(this, index);
	// Message writes are paced per chat, and a message ID is not a chat: the shared bucket is used.
	const response = await pachcaApiRequest.call(this, 'PUT', `/messages/${id}`, {
		body: { message },
		itemIndex: index,
	});
	return messageItems(this, response.data as IDataObject, index);
}
