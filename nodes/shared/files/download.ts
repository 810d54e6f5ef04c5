import type { IBinaryData, IDataObject, IExecuteFunctions, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { openStoredFile } from '../transport';

/** Every context that can put a file into n8n's binary store. */
export type BinaryContext = IExecuteFunctions | IWebhookFunctions | IPollFunctions;

/** A file of a message as the spec's File schema gives it. */
export interface MessageFile {
	id?: number;
	key?: string;
	name: string;
	file_type?: string;
	url: string;
}

/** The `files` of a message (spec: Message.files), each checked to carry a name and a link. */
export function filesOf(ctx: BinaryContext, message: IDataObject, itemIndex?: number): MessageFile[] {
	const files = message.files ?? [];
	if (!Array.isArray(files)) throw new NodeOperationError(ctx.getNode(), `Message ${String(message.id)} has no readable file list`, { itemIndex });
	return files.map((file: IDataObject) => {
		if (typeof file?.url !== 'string' || file.url === '') {
			throw new NodeOperationError(ctx.getNode(), `A file of message ${String(message.id)} has no download link`, { itemIndex });
		}
		return { ...file, name: typeof file.name === 'string' && file.name !== '' ? file.name : `file-${String(file.id)}` } as MessageFile;
	});
}

/**
 * Streams one file into n8n's binary store (n8n's filesystem store writes it to disk as it arrives),
 * keeping its name and its MIME type (the storage's, else n8n's guess from the name).
 */
export async function downloadFile(ctx: BinaryContext, file: MessageFile, itemIndex?: number): Promise<IBinaryData> {
	const { stream, mimeType } = await openStoredFile.call(ctx, file.url, file.name, itemIndex);
	return await ctx.helpers.prepareBinaryData(stream, file.name, mimeType);
}

/** Every file of a message as binary properties `${prefix}0`, `${prefix}1`, … one file at a time. */
export async function downloadMessageFiles(
	ctx: BinaryContext,
	message: IDataObject,
	prefix: string,
	itemIndex?: number,
): Promise<Record<string, IBinaryData>> {
	const binary: Record<string, IBinaryData> = {};
	for (const [index, file] of filesOf(ctx, message, itemIndex).entries()) {
		binary[`${prefix}${index}`] = await downloadFile(ctx, file, itemIndex);
	}
	return binary;
}
