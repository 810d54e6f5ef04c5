import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate, MultipartFrame, StorageBody } from '../../../shared/transport';
import { multipartFrame, pachcaApiRequest, postToStorage } from '../../../shared/transport';
import { MESSAGE_ROUTES } from './routes';

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

/** The name as given, without control characters (a line break cannot show in a file name). */
const withoutControls = (name: string): string => name.replace(/\p{Cc}/gu, '').trim();

function fileNameOf(property: string, binary: IBinaryData): string {
	const given = withoutControls(binary.fileName ?? '');
	if (given !== '') return given;
	return binary.fileExtension ? `${property}.${withoutControls(binary.fileExtension)}` : property;
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
async function requestUploadForm(ctx: IExecuteFunctions, index: number, gate?: ExecutionGate): Promise<Record<string, string>> {
	const answer = await pachcaApiRequest.call(ctx, MESSAGE_ROUTES.upload, { itemIndex: index, gate, beforeChatWrite: true });
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

type BinaryStream = Awaited<ReturnType<IExecuteFunctions['helpers']['getBinaryStream']>>;

/** `Readable.from`, taken from a stream's class: node code may not import 'stream'. */
type StreamFrom = (parts: AsyncIterable<Buffer>, options: { objectMode: boolean }) => BinaryStream;

/**
 * The upload body: the form, the file, the closing boundary. A file in n8n's binary store (its
 * default in n8n 2.x) is streamed from the store, never held in memory whole; an in-memory one
 * (already in the item, as base64) is decoded once into the body.
 */
async function uploadBody(
	ctx: IExecuteFunctions,
	attachment: BinaryAttachment,
	frame: MultipartFrame,
): Promise<{ body: StorageBody; size: number }> {
	const { head, tail, contentType } = frame;
	const id = attachment.binary.id;
	if (id === undefined) {
		// Decoded straight into the body: one copy of the file besides the item's own base64 text.
		const data = attachment.binary.data;
		const buffer = Buffer.allocUnsafe(head.length + Buffer.byteLength(data, 'base64') + tail.length);
		head.copy(buffer, 0);
		const size = buffer.write(data, head.length, 'base64');
		const end = head.length + size + tail.copy(buffer, head.length + size);
		const whole = buffer.subarray(0, end);
		return { body: { contentType, length: whole.length, open: async () => whole }, size };
	}
	const { fileSize } = await ctx.helpers.getBinaryMetadata(id);
	const open = async () => {
		const source = await ctx.helpers.getBinaryStream(id);
		async function* parts() {
			yield head;
			let sent = 0;
			for await (const chunk of source) {
				sent += (chunk as Buffer).length;
				yield chunk as Buffer;
			}
			// A length other than the announced Content-Length would leave the storage waiting.
			if (sent !== fileSize) throw new NodeOperationError(ctx.getNode(), 'the stored file changed size while uploading');
			yield tail;
		}
		const from = (source.constructor as unknown as { from: StreamFrom }).from;
		return from(parts(), { objectMode: false });
	};
	return { body: { contentType, length: head.length + fileSize + tail.length, open }, size: fileSize };
}

/** Uploads one binary property (POST /uploads, then the bytes to its direct_url) and returns its `files` entry. */
async function uploadAttachment(
	ctx: IExecuteFunctions,
	index: number,
	attachment: BinaryAttachment,
	gate?: ExecutionGate,
): Promise<IDataObject> {
	const { fileName, binary } = attachment;
	const mimeType = binary.mimeType || 'application/octet-stream';
	// Name, type and size, so a refusal (too large, a type not taken) can be read against the file.
	const size = binary.id === undefined ? Buffer.byteLength(binary.data, 'base64') : (await ctx.helpers.getBinaryMetadata(binary.id)).fileSize;
	const what = `${attachment.label}: ${JSON.stringify(fileName)} (binary property "${attachment.property}", ${mimeType}, ${size} bytes)`;
	let form: Record<string, string>;
	try {
		form = await requestUploadForm(ctx, index, gate);
	} catch (error) {
		throw inStep(error, `${what}: step 1 of 2, getting an upload slot (POST /uploads), failed`);
	}
	const frame = multipartFrame(
		FORM_FIELDS.map((field): [string, string] => [field, form[field]]),
		{ field: 'file', fileName, contentType: mimeType },
	);
	try {
		const upload = await uploadBody(ctx, attachment, frame);
		await postToStorage.call(ctx, form.direct_url, upload.body, index);
	} catch (error) {
		throw inStep(error, `${what}: step 2 of 2, uploading the file, failed`);
	}
	return {
		// The storage puts the name into the key as it read it from the form (escaped). A function, so
		// that `$&` or `$$` in a name are not taken as replacement patterns.
		key: form.key.replace(FILENAME_PLACEHOLDER, () => frame.sentFileName),
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
	gate?: ExecutionGate,
): Promise<IDataObject[]> {
	const files: IDataObject[] = [];
	for (const attachment of attachments) files.push(await uploadAttachment(ctx, index, attachment, gate));
	return files;
}
