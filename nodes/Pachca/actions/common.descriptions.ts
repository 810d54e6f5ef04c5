import type { DisplayCondition, IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { LINK_REGEX } from '../../shared/parameters';

/** A typed ID: digits, not starting with 0 (the node checks the same, and the safe-integer range). */
const ID_REGEX = '^[1-9]\\d*$';

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
			validation: [{ type: 'regex', properties: { regex: ID_REGEX, errorMessage: 'Chat: not a valid chat ID' } }],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://app.pachca.com/chats/918264',
			validation: [
				{
					type: 'regex',
					properties: { regex: LINK_REGEX.chat, errorMessage: 'Chat: not a Pachca chat link' },
				},
			],
		},
	],
};

/**
 * Message picker: numeric ID, or a Pachca message link (the "Copy link" of a message), in either form:
 * `/chats/C?message=ID` or `/chats/C/messages/ID`.
 */
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
			validation: [
				{ type: 'regex', properties: { regex: ID_REGEX, errorMessage: 'Message: not a valid message ID' } },
			],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://app.pachca.com/chats/918264?message=56431',
			validation: [
				{
					type: 'regex',
					properties: { regex: LINK_REGEX.message, errorMessage: 'Message: not a Pachca message link' },
				},
			],
		},
	],
};

/**
 * A picker for things that have no link: a searchable list (`searchListMethod` in methods/listSearch.ts)
 * or a typed ID. `thing` names it in the placeholder and in the ID check ("Select a bot...").
 */
export function listOrIdLocator(spec: {
	displayName: string;
	name: string;
	thing: string;
	searchListMethod: string;
	idExample: string;
	description: string;
}): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: spec.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${spec.thing}...`,
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${spec.idExample}`,
				validation: [
					{ type: 'regex', properties: { regex: ID_REGEX, errorMessage: `${spec.displayName}: not a valid ${spec.thing} ID` } },
				],
			},
		],
	};
}

/** User picker: the workspace's people, searched by Pachca (name, email, phone, nickname), or a user ID. */
export const userLocator: INodeProperties = listOrIdLocator({
	displayName: 'User',
	name: 'userId',
	thing: 'user',
	searchListMethod: 'searchUsers',
	idExample: '186',
	description: 'The user: pick them from the list (search by name, email, phone or nickname), or give their ID',
});

/**
 * The User of an operation that once took a plain user ID: node version 1 keeps that field as it was
 * (saved workflows open and run unchanged), version 2 shows the user picker. Both are named `userId`,
 * only one is shown, and `read.locatorId('userId')` reads either: a pick, a typed ID, or a plain ID.
 */
export function userIdByVersion(spec: {
	/** version 1's plain field */
	idDescription: string;
	/** version 2's picker */
	pickerDescription: string;
	/** the other conditions both are shown on (e.g. Send To: User) */
	show?: IDisplayOptions['show'];
}): INodeProperties[] {
	const forVersions = (versions: DisplayCondition[]): IDisplayOptions => ({ show: { ...spec.show, '@version': versions } });
	return [
		{
			displayName: 'User ID',
			name: 'userId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 186',
			description: spec.idDescription,
			displayOptions: forVersions([{ _cnd: { lt: 2 } }]),
		},
		{ ...userLocator, description: spec.pickerDescription, displayOptions: forVersions([{ _cnd: { gte: 2 } }]) },
	];
}
