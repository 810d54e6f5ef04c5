import type { INodeProperties } from 'n8n-workflow';

import { newButtonsProperties } from './buttons.descriptions';

/** Message text, shared by Send and Reply in Thread. */
export const contentProperty: INodeProperties = {
	displayName: 'Content',
	name: 'content',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	placeholder: 'e.g. Deploy **v2.4** is ready for review',
	description:
		'Message text, with Markdown and mentions (@nickname). May be empty only when files are attached.',
};

/** Files already uploaded to Pachca (their key comes from the upload). */
export const filesProperty: INodeProperties = {
	displayName: 'Files',
	name: 'files',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add File',
	default: {},
	description: 'Files already uploaded to Pachca, attached by their key',
	options: [
		{
			displayName: 'File',
			name: 'file',
			values: [
				{
					displayName: 'Key',
					name: 'key',
					type: 'string',
					default: '',
					placeholder: 'e.g. attaches/files/93746/e354fd79/report.pdf',
					description: 'The file path returned by the upload',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'e.g. report.pdf',
					description: 'File name shown to users; its extension must match the key',
				},
				{
					displayName: 'Size',
					name: 'size',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: 'File size in bytes, shown to users',
				},
				{
					displayName: 'Type',
					name: 'fileType',
					type: 'options',
					options: [
						{ name: 'Audio', value: 'audio' },
						{ name: 'File', value: 'file' },
						{ name: 'Image', value: 'image' },
					],
					default: 'file',
				},
			],
		},
	],
};

/** Binary properties of the input item, uploaded to Pachca and attached (Send, Reply in Thread, Update). */
export const binaryFilesProperty: INodeProperties = {
	displayName: 'Attachments From Binary',
	name: 'binaryFiles',
	type: 'string',
	default: 'data',
	placeholder: 'e.g. data, report',
	description:
		'Names of the input item’s binary properties to upload and attach, comma-separated. Image MIME types are sent as images, the rest as files.',
};

export const displayAvatarUrlProperty: INodeProperties = {
	displayName: 'Display Avatar URL',
	name: 'displayAvatarUrl',
	type: 'string',
	default: '',
	placeholder: 'e.g. https://example.com/avatar.png',
	description: 'Sender avatar shown for this message instead of the bot’s (bot tokens only)',
};

export const displayNameProperty: INodeProperties = {
	displayName: 'Display Name',
	name: 'displayName',
	type: 'string',
	default: '',
	placeholder: 'e.g. Support Bot',
	description: 'Sender name shown for this message instead of the bot’s (bot tokens only)',
};

/**
 * Optional fields of a new message. `replyTo` adds "Reply To Message ID" (Send only: a reply in a
 * thread already names its message).
 */
export function additionalFieldsProperty(replyTo: boolean): INodeProperties {
	const options: INodeProperties[] = [
		binaryFilesProperty,
		displayAvatarUrlProperty,
		displayNameProperty,
		filesProperty,
		{
			displayName: 'Link Preview',
			name: 'linkPreview',
			type: 'boolean',
			default: true,
			description: 'Whether to show a preview of the first link in the text',
		},
	];
	if (replyTo) {
		options.push({
			displayName: 'Reply To Message ID',
			name: 'parentMessageId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 194270',
			description: 'ID of a message in the same chat to reply to',
		});
	}
	options.push({
		displayName: 'Skip Invite Mentions',
		name: 'skipInviteMentions',
		type: 'boolean',
		default: true,
		description: 'Whether mentioned users stay out of the thread (only for messages to a thread)',
	});
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}

export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description: 'Whether to return only the key fields of each message instead of all of them',
};

/** Content, buttons and additional fields of a new message (Send: with "Reply To Message ID"). */
export function newMessageProperties(replyTo: boolean): INodeProperties[] {
	return [contentProperty, ...newButtonsProperties, additionalFieldsProperty(replyTo), simplifyProperty];
}
