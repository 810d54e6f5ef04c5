import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import type { PachcaContext } from './request';
import { backoffMs } from './retry';
import { describeStorageAnswer } from './storage';

/** A file's bytes as a stream, in the form n8n's binary store takes them. */
export type FileStream = Parameters<IExecuteFunctions['helpers']['prepareBinaryData']>[0];

interface StreamResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: FileStream;
}

export interface DownloadedFile {
	stream: FileStream;
	/** the storage's Content-Type, when it says more than "some bytes" */
	mimeType?: string;
}

const DOWNLOAD_TIMEOUT_MS = 300_000;
const DOWNLOAD_RETRIES = 2;
const ERROR_BODY_LIMIT = 4096;
const GENERIC_TYPES = ['application/octet-stream', 'binary/octet-stream'];

/** The start of an error answer (an S3-style XML error is short), then the stream is dropped. */
async function errorText(body: FileStream): Promise<Buffer> {
	if (Buffer.isBuffer(body)) return body.subarray(0, ERROR_BODY_LIMIT);
	const chunks: Buffer[] = [];
	let length = 0;
	for await (const chunk of body) {
		chunks.push(Buffer.from(chunk as Buffer));
		length += (chunk as Buffer).length;
		if (length >= ERROR_BODY_LIMIT) break;
	}
	body.destroy();
	return Buffer.concat(chunks);
}

function specificType(header: unknown): string | undefined {
	const type = typeof header === 'string' ? header.split(';')[0].trim().toLowerCase() : '';
	return type === '' || GENERIC_TYPES.includes(type) ? undefined : String(header).trim();
}

/**
 * Opens a file of a message (its `url`, a signed link to Pachca's file storage) as a stream, so the
 * bytes go to n8n's binary store without being held whole. No credentials: the signature in the link
 * is the authorisation, and the token must not leave for another host. A lost connection or a 5xx is
 * retried; any other refusal is an error naming the file.
 */
export async function openStoredFile(
	this: PachcaContext,
	url: string,
	fileName: string,
	itemIndex?: number,
): Promise<DownloadedFile> {
	const request: IHttpRequestOptions = {
		method: 'GET',
		url,
		encoding: 'stream',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: DOWNLOAD_TIMEOUT_MS,
	};
	for (let attempt = 0; ; attempt++) {
		let failure: string;
		let httpCode: string | undefined;
		try {
			const response = (await this.helpers.httpRequest(request)) as StreamResponse;
			if (response.statusCode < 300) return { stream: response.body, mimeType: specificType(response.headers['content-type']) };
			httpCode = String(response.statusCode);
			failure = `the file storage answered ${response.statusCode}: ${describeStorageAnswer(await errorText(response.body))}`;
		} catch (error) {
			// Only the socket code is kept: the wrapped error carries the whole request, signed link included.
			const code = (error as { code?: unknown; cause?: { code?: unknown } }).code ?? (error as { cause?: { code?: unknown } }).cause?.code;
			failure = `the file storage gave no answer (${typeof code === 'string' ? code : 'network error'})`;
		}
		if ((httpCode === undefined || Number(httpCode) >= 500) && attempt < DOWNLOAD_RETRIES) {
			await sleep(backoffMs(attempt));
			continue;
		}
		const message = `Downloading "${fileName}" failed: ${failure}`;
		const error = new NodeApiError(
			this.getNode(),
			{ message, ...(httpCode ? { httpCode } : {}) },
			{ message, description: 'The link in the message may have expired (they live about an hour): get the message again and retry.', httpCode, itemIndex },
		);
		error.message = message;
		throw error;
	}
}
