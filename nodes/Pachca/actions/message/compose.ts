import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { MESSAGE_ROUTES } from './routes';
import type { BinaryAttachment } from './binaryFiles';
import { uploadBinaryAttachments } from './binaryFiles';
import { readButtons } from './buttons';
import { readFiles } from './files';

/** Where a new message goes: the API's `entity_type` and `entity_id`. */
export interface MessageTarget {
	entityType: 'discussion' | 'user' | 'thread';
	entityId: number;
}

/** Where the message goes, from Send's fields: a chat, a user (direct message) or a thread. */
export function readMessageTarget(read: ParameterReader): MessageTarget {
	const sendTo = read.choice<'chat' | 'user' | 'thread'>('sendTo', 'chat');
	if (sendTo === 'user') return { entityType: 'user', entityId: read.locatorId('userId') };
	if (sendTo === 'thread') return { entityType: 'thread', entityId: read.id('threadId') };
	return { entityType: 'discussion', entityId: read.locatorId('chatId', 'chat') };
}

/** A new message without its target: the `message` fields and the top-level `link_preview`. */
export interface NewMessage {
	message: IDataObject;
	linkPreview?: boolean;
}

/** Spec: display_name and display_avatar_url are at most 255 characters. */
export const DISPLAY_LIMIT = 255;

/**
 * Display Name and Display Avatar URL of a message (`additionalFields` or `updateFields`), only
 * those set. The spec gives the 255 limit for a new message; an edit is held to the same.
 */
export function readDisplay(read: ParameterReader, collection: string): IDataObject {
	const display: IDataObject = {};
	const name = read.optionalText(`${collection}.displayName`, { max: DISPLAY_LIMIT });
	const avatar = read.optionalUrl(`${collection}.displayAvatarUrl`, { max: DISPLAY_LIMIT });
	if (name !== undefined) display.display_name = name;
	if (avatar !== undefined) display.display_avatar_url = avatar;
	return display;
}

/**
 * Reads and checks the fields of a new message; throws before anything is sent. `binaryCount`: files
 * from binary data that will be attached too (they may carry a message without text).
 */
export function readNewMessage(read: ParameterReader, binaryCount = 0): NewMessage {
	const content = read.text('content');
	const files = readFiles(read, 'additionalFields.files');
	if (content.trim() === '' && files.length === 0 && binaryCount === 0) {
		throw read.fail('content', 'the message is empty: write some text or attach files');
	}
	const buttons = readButtons(read, 'none');

	const message: IDataObject = { content };
	if (files.length > 0) message.files = files;
	if (buttons !== undefined && buttons.length > 0) message.buttons = buttons;
	const parent = read.optionalId('additionalFields.parentMessageId');
	if (parent !== undefined) message.parent_message_id = parent;
	Object.assign(message, readDisplay(read, 'additionalFields'));
	const skipInviteMentions = read.optionalBoolean('additionalFields.skipInviteMentions');
	if (skipInviteMentions !== undefined) message.skip_invite_mentions = skipInviteMentions;
	return { message, linkPreview: read.optionalBoolean('additionalFields.linkPreview') };
}

/**
 * Uploads the binary attachments and adds them to the message's files, after the files given by key.
 * Any failed upload throws, so no message is sent.
 */
export async function attachBinaryFiles(
	ctx: IExecuteFunctions,
	index: number,
	message: IDataObject,
	attachments: BinaryAttachment[],
	gate?: ExecutionGate,
): Promise<void> {
	if (attachments.length === 0) return;
	const uploaded = await uploadBinaryAttachments(ctx, index, attachments, gate);
	message.files = [...((message.files as IDataObject[] | undefined) ?? []), ...uploaded];
}

/** POST /messages; message writes are paced per target chat. Returns the created message. */
export async function postMessage(
	ctx: IExecuteFunctions,
	index: number,
	target: MessageTarget,
	composed: NewMessage,
	gate?: ExecutionGate,
): Promise<IDataObject> {
	const body: IDataObject = {
		message: { entity_type: target.entityType, entity_id: target.entityId, ...composed.message },
	};
	if (composed.linkPreview !== undefined) body.link_preview = composed.linkPreview;
	const response = await pachcaApiRequest.call(ctx, MESSAGE_ROUTES.send, {
		body,
		itemIndex: index,
		gate,
		chatKey: `${target.entityType}:${target.entityId}`,
	});
	return response.data as IDataObject;
}
