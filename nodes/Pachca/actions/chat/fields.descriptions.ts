import type { INodeProperties } from 'n8n-workflow';

/** The spec's maxLength of a chat's name. */
export const CHAT_NAME_MAX = 255;

export const chatNameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Onboarding',
	description: "The chat's name (at most 255 characters)",
};

export const publicProperty: INodeProperties = {
	displayName: 'Public',
	name: 'public',
	type: 'boolean',
	default: false,
	description: 'Whether every employee of the company may find, read and join the chat (an open chat); off: invited members only',
};
