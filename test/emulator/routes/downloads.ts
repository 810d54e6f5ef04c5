// The file storage's download side: a message's `files[].url` is a signed link (as Pachca's S3 links are)
// to the bytes the storage holds. No Authorization header is expected: S3 refuses a request that carries
// one besides the signature, so a client that leaks the API token to the storage fails here.
import { createHmac } from 'node:crypto';
import type { EmulatorState } from '../state';
import type { FileType, LoggedRequest, Message } from '../types';
import { uploadStore } from './uploads';

/** Where the storage serves files (outside /api/shared/v1). */
export const DOWNLOAD_PREFIX = '/storage/';

const SIGNING_SECRET = 'pachca-emulator-downloads';
const signatureOf = (key: string) => createHmac('sha256', SIGNING_SECRET).update(key).digest('hex');

/** The signed link of a stored file, as a message's `files[].url` gives it. */
export function fileUrl(state: EmulatorState, key: string): string {
	const path = key.split('/').map(encodeURIComponent).join('/');
	return `${uploadStore(state).origin}${DOWNLOAD_PREFIX}${path}?X-Amz-Expires=3600&X-Amz-Signature=${signatureOf(key)}`;
}

const xmlError = (status: number, code: string, message: string) => ({
	status,
	body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
	headers: { 'Content-Type': 'application/xml' },
});

/** GET of a signed link: the stored bytes with their Content-Type, or an S3-style XML error. */
export function serveDownload(
	state: EmulatorState,
	entry: LoggedRequest,
): { status: number; body?: string | Buffer; headers: Record<string, string> } {
	if (entry.method !== 'GET') return { status: 405, headers: {} };
	if (entry.headers.authorization !== undefined) {
		return xmlError(400, 'InvalidArgument', 'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter...');
	}
	let key: string;
	try {
		key = decodeURIComponent(entry.path.slice(DOWNLOAD_PREFIX.length));
	} catch {
		return xmlError(400, 'InvalidURI', 'Could not parse the specified URI.');
	}
	if (entry.query['X-Amz-Signature'] !== signatureOf(key)) {
		return xmlError(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
	}
	const stored = uploadStore(state).stored.get(key);
	if (!stored) return xmlError(404, 'NoSuchKey', 'The specified key does not exist.');
	return {
		status: 200,
		body: stored.bytes,
		headers: { 'Content-Type': stored.contentType, 'Content-Length': String(stored.bytes.length), 'Content-Disposition': 'attachment' },
	};
}

export interface FileSpec {
	name: string;
	bytes: Buffer;
	contentType: string;
	fileType?: FileType;
}

/** A message by `authorId` in `chatId` whose files the storage holds, as if uploaded with `tokenId` and sent. */
export function messageWithFiles(state: EmulatorState, at: { chatId: number; authorId: number; tokenId: number }, files: FileSpec[], content = 'Files'): Message {
	const attached = files.map((file) => {
		const key = `attaches/files/${at.authorId}/${state.nextId('file')}/${file.name}`;
		uploadStore(state).seed(at.tokenId, key, file.bytes, file.contentType);
		return { id: state.nextId('file'), key, name: file.name, file_type: file.fileType ?? 'file', url: fileUrl(state, key), width: null, height: null };
	});
	return state.insertMessage({ chat_id: at.chatId, user_id: at.authorId, content, files: attached });
}
