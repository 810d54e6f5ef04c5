import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ParameterReader } from '../../shared/parameters';
import type { MultipartFrame } from '../../shared/transport';
import { multipartFrame, pachcaApiRequest, postToStorage } from '../../shared/transport';

/** A binary property of the input item, to be uploaded to Pachca and attached to the message. */
export interface BinaryAttachment {
	property: string;
	binary: IBinaryData;
	fileName: string;
	/** the parameter's label, for errors during the upload */
	label: string;
}

/** Spec (FileUploadRequest): the fields of POST /uploads' answer that the storage form repeats, in order. */
const FORM_FIELDS = [
	'Content-Disposition',
	'acl',
	'policy',
	'x-amz-credential',
	'x-amz-algorithm',
	'x-amz-date',
	'x-amz-signature',
	'key',
] as const;

/** The spec's key ends in `${filename}` (the docs' prose writes `$filename`): the storage puts the name there. */
const FILENAME_PLACEHOLDER = /\$\{filename\}|\$filename/;

function fileNameOf(property: string, binary: IBinaryData): string {
	if (binary.fileName && binary.fileName.trim() !== '') return binary.fileName.trim();
	return binary.fileExtension ? `${property}.${binary.fileExtension}` : property;
}

/**
 * The binary properties named in `path` (comma-separated, or a list from an expression), each checked
 * to exist on the input item before anything is sent.
 */
export function readBinaryAttachments(
	ctx: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	path: string,
): BinaryAttachment[] {
	if (!read.given(path)) return [];
	const value = read.raw(path, undefined);
	const entries = Array.isArray(value) ? value : read.textValue(path, value).split(',');
	const names = entries.map((entry: unknown) => read.textValue(path, entry).trim()).filter((name) => name !== '');
	const present = Object.keys(ctx.getInputData()[index]?.binary ?? {});
	return names.map((property) => {
		if (!present.includes(property)) {
			const has = present.length > 0 ? `it has ${present.map((p) => JSON.stringify(p)).join(', ')}` : 'it has no binary data';
			throw read.fail(path, `the input item has no binary property "${property}" (${has})`);
		}
		const binary = ctx.helpers.assertBinaryData(index, property);
		return { property, binary, fileName: fileNameOf(property, binary), label: read.label(path) };
	});
}

/** Adds "what failed" in front of an error's message, keeping its type, hint and HTTP code. */
function inStep(error: unknown, prefix: string): unknown {
	if (error instanceof Error) error.message = `${prefix}: ${error.message}`;
	return error;
}

/** POST /uploads: the signed form for one file; its answer is checked before the bytes are read. */
async function requestUploadForm(ctx: IExecuteFunctions, index: number): Promise<Record<string, string>> {
	const answer = await pachcaApiRequest.call(ctx, 'POST', '/uploads', { itemIndex: index });
	const form: Record<string, string> = {};
	for (const field of [...FORM_FIELDS, 'direct_url']) {
		const value = answer[field];
		if (typeof value !== 'string' || value === '') {
			throw new NodeOperationError(ctx.getNode(), `Pachca's answer has no "${field}"`, { itemIndex: index });
		}
		form[field] = value;
	}
	if (!/^https?:\/\//i.test(form.direct_url)) {
		throw new NodeOperationError(ctx.getNode(), `Pachca's direct_url is not an http(s) URL`, { itemIndex: index });
	}
	return form;
}

/**
 * The multipart body with the file's bytes inside. A stored binary (filesystem or S3 mode) is
 * streamed straight into the one body buffer; an in-memory one is decoded once.
 */
async function bodyWithFile(
	ctx: IExecuteFunctions,
	index: number,
	attachment: BinaryAttachment,
	frame: MultipartFrame,
): Promise<{ body: Buffer; size: number }> {
	const { head, tail } = frame;
	if (attachment.binary.id === undefined) {
		const bytes = await ctx.helpers.getBinaryDataBuffer(index, attachment.property);
		return { body: Buffer.concat([head, bytes, tail]), size: bytes.length };
	}
	const { fileSize } = await ctx.helpers.getBinaryMetadata(attachment.binary.id);
	const end = head.length + fileSize;
	const body = Buffer.allocUnsafe(end + tail.length);
	let offset = head.copy(body, 0);
	for await (const chunk of await ctx.helpers.getBinaryStream(attachment.binary.id)) {
		const bytes = chunk as Buffer;
		if (offset + bytes.length > end) throw new NodeOperationError(ctx.getNode(), 'the stored file is larger than its recorded size', { itemIndex: index });
		offset += bytes.copy(body, offset);
	}
	if (offset !== end) {
		throw new NodeOperationError(ctx.getNode(), 'the stored file is smaller than its recorded size', { itemIndex: index });
	}
	tail.copy(body, end);
	return { body, size: fileSize };
}

/** Uploads one binary property (POST /uploads, then the bytes to its direct_url) and returns its `files` entry. */
async function uploadAttachment(ctx: IExecuteFunctions, index: number, attachment: BinaryAttachment): Promise<IDataObject> {
	const { fileName, binary } = attachment;
	const what = `${attachment.label}: ${JSON.stringify(fileName)} (binary property "${attachment.property}")`;
	let form: Record<string, string>;
	try {
		form = await requestUploadForm(ctx, index);
	} catch (error) {
		throw inStep(error, `${what}: step 1 of 2, getting an upload slot (POST /uploads), failed`);
	}
	const mimeType = binary.mimeType || 'application/octet-stream';
	const frame = multipartFrame(
		FORM_FIELDS.map((field): [string, string] => [field, form[field]]),
		{ field: 'file', fileName, contentType: mimeType },
	);
	let size: number;
	try {
		const { body, size: bytes } = await bodyWithFile(ctx, index, attachment, frame);
		size = bytes;
		await postToStorage.call(ctx, form.direct_url, body, frame.contentType, index);
	} catch (error) {
		throw inStep(error, `${what}: step 2 of 2, uploading the file, failed`);
	}
	return {
		key: form.key.replace(FILENAME_PLACEHOLDER, fileName),
		name: fileName,
		file_type: mimeType.toLowerCase().startsWith('image/') ? 'image' : 'file',
		size,
	};
}

/**
 * Uploads the attachments one after another and returns their `files` entries, in order. The first
 * failure stops everything: the caller sends no message.
 */
export async function uploadBinaryAttachments(
	ctx: IExecuteFunctions,
	index: number,
	attachments: BinaryAttachment[],
): Promise<IDataObject[]> {
	const files: IDataObject[] = [];
	for (const attachment of attachments) files.push(await uploadAttachment(ctx, index, attachment));
	return files;
}
