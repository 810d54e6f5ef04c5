import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { MESSAGE_ROUTES } from './routes';
import type { BinaryAttachment } from './binaryFiles';
import { readBinaryAttachments } from './binaryFiles';
import { readButtons } from './buttons';
import { readFiles } from './files';
import { messageItems, readSimplify } from './output';
import { messageLocator } from '../common.descriptions';
import { updateButtonsProperties } from './buttons.descriptions';
import { attachBinaryFiles, readDisplay } from './compose';
import {
	binaryFilesProperty,
	contentProperty,
	displayAvatarUrlProperty,
	displayNameProperty,
	filesProperty,
	simplifyProperty,
} from './fields.descriptions';

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
				...binaryFilesProperty,
				description: `${binaryFilesProperty.description} Together with Files, they replace all the files of the message (unless Keep Existing Files is on).`,
			},
			{
				...contentProperty,
				description: 'New message text, with Markdown. May be empty only when files are set too.',
			},
			displayAvatarUrlProperty,
			displayNameProperty,
			{ ...filesProperty, description: 'Replaces all the files of the message (unless Keep Existing Files is on)' },
			{
				displayName: 'Keep Existing Files',
				name: 'keepExistingFiles',
				type: 'boolean',
				default: false,
				description:
					'Whether to keep the files the message has and add the new ones (Files, Attachments From Binary) after them. The message is read first (GET), since an update sends the whole list.',
			},
		],
	},
	...updateButtonsProperties,
	simplifyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['update'] } },
	properties,
);

/**
 * The `message` object of PUT /messages/{id}: only what the user set. Files from binary data are
 * uploaded later; with them, `files` is sent even when the Files field is not set.
 */
function readChanges(read: ParameterReader, attachments: BinaryAttachment[]): IDataObject {
	const changes: IDataObject = {};
	let files = read.given('updateFields.files') ? readFiles(read, 'updateFields.files') : undefined;
	if (files === undefined && attachments.length > 0) files = [];
	if (read.given('updateFields.content')) {
		const content = read.text('updateFields.content');
		if (content.trim() === '' && !files?.length && attachments.length === 0) {
			throw read.fail('updateFields.content', 'the new text is empty and no files are set: the message would be empty');
		}
		changes.content = content;
	}
	if (files !== undefined) changes.files = files;
	Object.assign(changes, readDisplay(read, 'updateFields'));
	const buttons = readButtons(read, 'keep');
	if (buttons !== undefined) changes.buttons = buttons;
	if (Object.keys(changes).length === 0) {
		throw read.fail('updateFields', 'nothing to update: add a field or change the buttons');
	}
	return changes;
}

/**
 * The message's current files as PUT /messages/{id} takes them (key and name; type and image size
 * so they show as before). The API has no "append": kept files are sent again with the new ones.
 */
async function currentFiles(ctx: IExecuteFunctions, index: number, id: number | string, gate: ExecutionGate): Promise<IDataObject[]> {
	const response = await pachcaApiRequest.call(ctx, MESSAGE_ROUTES.get, { params: { id }, itemIndex: index, gate });
	const files = ((response.data as IDataObject).files as IDataObject[] | undefined) ?? [];
	return files.map(({ key, name, file_type, width, height }) => ({
		key,
		name,
		file_type,
		...(typeof width === 'number' ? { width } : {}),
		...(typeof height === 'number' ? { height } : {}),
	}));
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const id = read.locatorId('messageId', 'message');
	const attachments = readBinaryAttachments(this, index, read, 'updateFields.binaryFiles');
	const message = readChanges(read, attachments);
	const keepExisting = read.boolean('updateFields.keepExistingFiles', false);
	const simplified = readSimplify(read);
	// Read before uploading: a message that cannot be read fails before any upload.
	const kept = keepExisting && message.files !== undefined ? await currentFiles(this, index, id, gate) : [];
	await attachBinaryFiles(this, index, message, attachments, gate);
	if (kept.length > 0) message.files = [...kept, ...(message.files as IDataObject[])];
	// Message writes are paced per chat, and a message ID is not a chat: the shared bucket is used.
	const response = await pachcaApiRequest.call(this, MESSAGE_ROUTES.update, {
		params: { id },
		body: { message },
		itemIndex: index,
		gate,
	});
	return messageItems(this, response.data as IDataObject, index, simplified);
}
