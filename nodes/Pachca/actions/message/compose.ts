import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ButtonsMode } from '../../helpers/buttons';
import { readButtons } from '../../helpers/buttons';
import { parameterError } from '../../../shared/parameters/errors';
import type { FilesValue } from '../../helpers/files';
import { readFiles } from '../../helpers/files';
import { toPositiveId } from '../../../shared/parameters/locators';
import { pachcaApiRequest } from '../../../shared/transport';

/** Where a new message goes: the API's `entity_type` and `entity_id`. */
export interface MessageTarget {
	entityType: 'discussion' | 'user' | 'thread';
	entityId: number;
}

/** A new message without its target: the `message` fields and the top-level `link_preview`. */
export interface NewMessage {
	message: IDataObject;
	linkPreview?: boolean;
}

interface AdditionalFields {
	displayAvatarUrl?: string;
	displayName?: string;
	files?: FilesValue;
	linkPreview?: boolean;
	parentMessageId?: string | number;
	skipInviteMentions?: boolean;
}

/** Reads and checks the fields of a new message; throws before anything is sent. */
export function readNewMessage(ctx: IExecuteFunctions, index: number): NewMessage {
	const content = ctx.getNodeParameter('content', index, '') as string;
	const extra = ctx.getNodeParameter('additionalFields', index, {}) as AdditionalFields;
	const files = readFiles(ctx, index, extra.files);
	if (String(content).trim() === '' && files.length === 0) {
		throw parameterError(ctx, 'Content', 'the message is empty: write some text or attach files', index);
	}
	const buttons = readButtons(ctx, index, ctx.getNodeParameter('buttonsMode', index, 'none') as ButtonsMode);

	const message: IDataObject = { content: String(content) };
	if (files.length > 0) message.files = files;
	if (buttons !== undefined && buttons.length > 0) message.buttons = buttons;
	if (extra.parentMessageId !== undefined && extra.parentMessageId !== '') {
		message.parent_message_id = toPositiveId(ctx, 'Reply To Message ID', extra.parentMessageId, index);
	}
	if (extra.displayName !== undefined) message.display_name = extra.displayName;
	if (extra.displayAvatarUrl !== undefined) message.display_avatar_url = extra.displayAvatarUrl;
	if (extra.skipInviteMentions !== undefined) message.skip_invite_mentions = extra.skipInviteMentions;
	return { message, linkPreview: extra.linkPreview };
}

/** POST /messages; message writes are paced per target chat. Returns the created message. */
export async function postMessage(
	ctx: IExecuteFunctions,
	index: number,
	target: MessageTarget,
	composed: NewMessage,
): Promise<IDataObject> {
	const body: IDataObject = {
		message: { entity_type: target.entityType, entity_id: target.entityId, ...composed.message },
	};
	if (composed.linkPreview !== undefined) body.link_preview = composed.linkPreview;
	const response = await pachcaApiRequest.call(ctx, 'POST', '/messages', {
		body,
		itemIndex: index,
		chatKey: `${target.entityType}:${target.entityId}`,
	});
	return response.data as IDataObject;
}
