import { randomBytes } from 'crypto';
import type { IHttpRequestOptions, INode } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import type { PachcaContext } from './request';
import { backoffMs } from './retry';

/** The file part of a multipart/form-data body; its bytes are written between `head` and `tail`. */
export interface MultipartFile {
	field: string;
	fileName: string;
	contentType: string;
}

/** A multipart/form-data body without the file's bytes: they go between `head` and `tail`. */
export interface MultipartFrame {
	contentType: string;
	head: Buffer;
	tail: Buffer;
	/** the file name as the storage reads it from the part's header (escaped), so as it ends up in the key */
	sentFileName: string;
}

// As browsers do (WHATWG multipart/form-data): a quote or line break would end the header value.
const escapeHeaderValue = (value: string): string =>
	value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/**
 * The text parts of a multipart/form-data body, in the given order, then the file part: storage
 * (S3-style POST) ignores fields after the file, so the file always comes last.
 */
export function multipartFrame(fields: Array<[string, string]>, file: MultipartFile): MultipartFrame {
	const boundary = `----PachcaN8n${randomBytes(16).toString('hex')}`;
	const parts = fields.map(
		([name, value]) =>
			`--${boundary}\r\nContent-Disposition: form-data; name="${escapeHeaderValue(name)}"\r\n\r\n${value}\r\n`,
	);
	const sentFileName = escapeHeaderValue(file.fileName);
	parts.push(
		`--${boundary}\r\nContent-Disposition: form-data; name="${escapeHeaderValue(file.field)}"; ` +
			`filename="${sentFileName}"\r\nContent-Type: ${file.contentType.replace(/[\r\n]/g, '')}\r\n\r\n`,
	);
	return {
		sentFileName,
		contentType: `multipart/form-data; boundary=${boundary}`,
		head: Buffer.from(parts.join(''), 'utf8'),
		tail: Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
	};
}

interface StorageResponse {
	statusCode: number;
	body: unknown;
}

const STORAGE_TIMEOUT_MS = 300_000;
const STORAGE_RETRIES = 2;

/** `AccessDenied: Policy expired` from an S3-style XML error, or a short note on what came back. */
export function describeStorageAnswer(body: unknown): string {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : JSON.stringify(body ?? '');
	const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1]?.trim();
	const detail = [tag('Code'), tag('Message')].filter((part) => part).join(': ');
	const [proposed, limit] = [tag('ProposedSize'), tag('MaxSizeAllowed')];
	if (detail !== '' && limit) return `${detail} (${proposed ? `${proposed} bytes; ` : ''}the limit is ${limit} bytes)`;
	if (detail !== '') return detail;
	const plain = text.replace(/\s+/g, ' ').trim();
	return plain === '' ? 'no details' : plain.slice(0, 200);
}

function storageError(node: INode, message: string, httpCode: string | undefined, itemIndex?: number): NodeApiError {
	const error = new NodeApiError(
		node,
		{ message, ...(httpCode ? { httpCode } : {}) },
		{
			message,
			description: 'The file was not attached and no message was sent. Retry; if it keeps failing, check the file.',
			httpCode,
			itemIndex,
		},
	);
	// Set afterwards: NodeApiError swaps messages that mention socket codes for generic text.
	error.message = message;
	return error;
}

/** A request body for the storage: its length up front, and a fresh body (a Buffer or a stream) per attempt. */
export interface StorageBody {
	contentType: string;
	length: number;
	open: () => Promise<IHttpRequestOptions['body']>;
}

/**
 * POSTs a multipart/form-data body to Pachca's file storage (the `direct_url` of POST /uploads). No
 * credentials: the signed form fields are the authorisation, and the token must not leave for another
 * host. A lost connection or a 5xx is retried (the same key is overwritten, nothing is duplicated).
 */
export async function postToStorage(
	this: PachcaContext,
	url: string,
	upload: StorageBody,
	itemIndex?: number,
): Promise<void> {
	// Content-Length up front: S3-style storage refuses chunked uploads, and a stream has no length.
	const request: IHttpRequestOptions = {
		method: 'POST',
		url,
		headers: { 'Content-Type': upload.contentType, 'Content-Length': String(upload.length) },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		encoding: 'text',
		timeout: STORAGE_TIMEOUT_MS,
		// Following redirects makes the HTTP client keep a copy of every body byte sent, to resend it.
		disableFollowRedirect: true,
	};
	for (let attempt = 0; ; attempt++) {
		let response: StorageResponse | undefined;
		let networkCode: string | undefined;
		const body = await upload.open();
		try {
			response = (await this.helpers.httpRequest({ ...request, body })) as StorageResponse;
		} catch (error) {
			// Only the socket code is kept: the wrapped error carries the whole request.
			const code = (error as { code?: unknown; cause?: { code?: unknown } }).code ?? (error as { cause?: { code?: unknown } }).cause?.code;
			networkCode = typeof code === 'string' ? code : 'network error';
		}
		if (response && response.statusCode < 300) return;
		const retryable = response === undefined || response.statusCode >= 500;
		if (retryable && attempt < STORAGE_RETRIES) {
			await sleep(backoffMs(attempt));
			continue;
		}
		if (response === undefined) {
			throw storageError(this.getNode(), `the file storage got no answer (${networkCode})`, undefined, itemIndex);
		}
		const detail = describeStorageAnswer(response.body);
		throw storageError(
			this.getNode(),
			`the file storage refused it with ${response.statusCode}: ${detail}`,
			String(response.statusCode),
			itemIndex,
		);
	}
}
