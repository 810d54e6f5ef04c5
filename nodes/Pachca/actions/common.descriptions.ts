import type { INodeProperties } from 'n8n-workflow';

/** Chat picker: searchable list, numeric ID, or a Pachca chat link. */
export const chatLocator: INodeProperties = {
	displayName: 'Chat',
	name: 'chatId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The chat (channel or conversation) to use',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a chat...',
			typeOptions: { searchListMethod: 'searchChats', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 918264',
			validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'Chat: not a valid chat ID' } }],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://app.pachca.com/chats/918264',
			validation: [
				{
					type: 'regex',
					properties: { regex: 'https?://[^/]+/chats/\\d+.*', errorMessage: 'Chat: not a Pachca chat URL' },
				},
			],
		},
	],
};

/** Message picker: numeric ID, or a Pachca message link (the "Copy link" of a message). */
export const messageLocator: INodeProperties = {
	displayName: 'Message',
	name: 'messageId',
	type: 'resourceLocator',
	default: { mode: 'id', value: '' },
	required: true,
	description: 'The message to use',
	modes: [
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 56431',
			validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'Message: not a valid message ID' } }],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://app.pachca.com/chats/918264?message=56431',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: 'https?://[^/]+/chats/\\d+\\?.*message=\\d+.*',
						errorMessage: 'Message: not a Pachca message URL',
					},
				},
			],
		},
	],
};
