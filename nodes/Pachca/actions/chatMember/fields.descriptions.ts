import type { INodeProperties } from 'n8n-workflow';

import { chatLocator } from '../common.descriptions';

/** The chat whose members change: a conversation or channel (or, to add members, a thread's chat). */
export const memberChatLocator: INodeProperties = {
	...chatLocator,
	description: 'The conversation or channel whose members to read or change',
};

/** A 204 answer as an item: what was done, to which chat. */
export const done = (index: number, json: Record<string, number | number[] | string | boolean>) => [
	{ json: { success: true, ...json }, pairedItem: { item: index } },
];
