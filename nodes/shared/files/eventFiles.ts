import type { IBinaryData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { eventNameOf } from '../events';
import type { BinaryContext } from './download';
import { downloadFile, filesOf } from './download';

/** The binary fields of a trigger item: file_0, file_1, … in the order of the message (Message → Get's default). */
export const EVENT_FILE_PREFIX = 'file_';

/**
 * Whether a trigger with Download Files on downloads for this event: only new messages. Their payload
 * has no files, so the message is fetched for them (GET /messages/{id}) as Fetch Full Message does.
 */
export function downloadsFilesFor(payload: Record<string, unknown>, downloadFiles: boolean): boolean {
	return downloadFiles && eventNameOf(payload) === 'message.new';
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Download Files on both triggers: the files of the item's `message` as binary data, one at a time.
 * An event is never dropped for a file: when a download fails, the item keeps the files downloaded
 * before it and says in `files_error` what failed (the signed links live about an hour: File →
 * Download with the message ID gets them again). No `message` (deleted, or not fetched): no files.
 */
export async function withEventFiles(ctx: BinaryContext, json: IDataObject): Promise<INodeExecutionData> {
	const message = json.message as IDataObject | null | undefined;
	if (message === null || typeof message !== 'object') return { json };
	const binary: Record<string, IBinaryData> = {};
	let failure: string | undefined;
	try {
		for (const [index, file] of filesOf(ctx, message).entries()) {
			binary[`${EVENT_FILE_PREFIX}${index}`] = await downloadFile(ctx, file);
		}
	} catch (error) {
		failure = reasonOf(error);
		ctx.logger.warn(`Pachca: a file of message ${String(message.id)} was not downloaded: ${failure}`);
	}
	const item: INodeExecutionData = { json: failure === undefined ? json : { ...json, files_error: failure } };
	if (Object.keys(binary).length > 0) item.binary = binary;
	return item;
}
