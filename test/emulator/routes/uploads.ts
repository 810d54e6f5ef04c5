// POST /uploads (a signed form for one file) and the file storage behind its `direct_url`, which takes
// the form as multipart/form-data the way S3's browser POST does: the spec's fields (FileUploadRequest),
// the file last, no Authorization header; 204 on success, an XML <Error> otherwise.
import { createHmac, randomUUID } from 'node:crypto';
import type { Ctx, Route } from '../context';
import { parseMultipart, type Part } from '../multipart';
import type { EmulatorState } from '../state';
import type { LoggedRequest } from '../types';

/** Where the storage listens (outside /api/shared/v1, like Pachca's own direct_url). */
export const DIRECT_UPLOAD_PATH = '/api/v3/direct_upload';

/** Spec, FileUploadRequest.required, without `file`: the text fields the storage needs. */
export const UPLOAD_FORM_FIELDS = [
	'Content-Disposition', 'acl', 'policy', 'x-amz-credential', 'x-amz-algorithm', 'x-amz-date', 'x-amz-signature', 'key',
] as const;

const POLICY_TTL_MS = 60 * 60 * 1000;
const STORAGE_SECRET = 'pachca-emulator-storage';

interface IssuedForm {
	fields: Record<string, string>;
	/** the key must start with this (the form's `${filename}` is replaced by the file's name) */
	keyPrefix: string;
	expiresAt: number;
	/** the token that asked for the form: only it may attach the file */
	tokenId: number;
}

/** A file the storage accepted. */
export interface StoredUpload {
	/** the key with `${filename}` replaced, as a message's `files[].key` must name it */
	key: string;
	fileName: string;
	contentType: string;
	bytes: Buffer;
	/** every part's name in the order received, the file's included */
	partOrder: string[];
	/** the token whose POST /uploads form carried the file */
	tokenId: number;
	/** put in place by a test (seed), not sent through the direct upload */
	seeded: boolean;
}

export interface StorageRefusal {
	status: number;
	code: string;
	message: string;
}

export class UploadStore {
	origin = 'http://127.0.0.1';
	readonly issued = new Map<string, IssuedForm>();
	readonly stored = new Map<string, StoredUpload>();
	/** largest file the storage takes (the policy's content-length-range); undefined: no limit */
	maxFileSize: number | undefined;
	private refusals: Array<{ refusal: StorageRefusal; skip: number }> = [];

	/**
	 * An upload is refused with this S3-style error (default: an expired policy): the next one, or the
	 * one after `skip` uploads that go through.
	 */
	refuseNext(refusal: Partial<StorageRefusal> = {}, skip = 0): void {
		const full = { status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.', ...refusal };
		this.refusals.push({ refusal: full, skip });
	}

	takeRefusal(): StorageRefusal | undefined {
		const next = this.refusals[0];
		if (next && next.skip-- > 0) return undefined;
		return this.refusals.shift()?.refusal;
	}

	/** Forgets stored files and pending refusals. */
	reset(): void {
		this.stored.clear();
		this.refusals = [];
	}

	/** A file stored as if `tokenId` had uploaded it (tests that start from an uploaded file). */
	seed(tokenId: number, key: string, bytes: Buffer = Buffer.alloc(1), contentType = 'binary/octet-stream'): StoredUpload {
		const upload: StoredUpload = {
			key, fileName: key.slice(key.lastIndexOf('/') + 1), contentType, bytes, partOrder: [], tokenId, seeded: true,
		};
		this.stored.set(key, upload);
		return upload;
	}

	/** Whether this token uploaded a file under this key (a message may attach only those). */
	uploadedBy(key: string, tokenId: number): boolean {
		return this.stored.get(key)?.tokenId === tokenId;
	}

	/** Forms issued later expire at once (a client that waits too long between the two steps). */
	expireIssued(): void {
		for (const form of this.issued.values()) form.expiresAt = 0;
	}
}

const stores = new WeakMap<EmulatorState, UploadStore>();

export function uploadStore(state: EmulatorState): UploadStore {
	let store = stores.get(state);
	if (!store) {
		store = new UploadStore();
		stores.set(state, store);
	}
	return store;
}

/** Called by the server once it listens: direct_url must be an absolute URL. */
export function setUploadOrigin(state: EmulatorState, origin: string): void {
	uploadStore(state).origin = origin;
}

const amzDate = (ms: number): string => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function issueForm(ctx: Ctx) {
	const store = uploadStore(ctx.state);
	const now = Date.now();
	const keyPrefix = `attaches/files/${ctx.user.id}/${randomUUID()}/`;
	const credential = `emu_${ctx.user.id}/${amzDate(now).slice(0, 8)}/ru-1/s3/aws4_request`;
	const policy = Buffer.from(
		JSON.stringify({
			expiration: new Date(now + POLICY_TTL_MS).toISOString(),
			conditions: [
				{ bucket: 'pachca-emulator-uploads' }, ['starts-with', '$key', keyPrefix], { 'Content-Disposition': 'attachment' },
				{ acl: 'private' }, { 'x-amz-credential': credential }, { 'x-amz-algorithm': 'AWS4-HMAC-SHA256' }, { 'x-amz-date': amzDate(now) },
			],
		}),
	).toString('base64');
	const fields: Record<string, string> = {
		'Content-Disposition': 'attachment',
		acl: 'private',
		policy,
		'x-amz-credential': credential,
		'x-amz-algorithm': 'AWS4-HMAC-SHA256',
		'x-amz-date': amzDate(now),
		'x-amz-signature': createHmac('sha256', STORAGE_SECRET).update(policy).digest('hex'),
		key: `${keyPrefix}\${filename}`,
	};
	store.issued.set(fields['x-amz-signature'], { fields, keyPrefix, expiresAt: now + POLICY_TTL_MS, tokenId: ctx.token.id });
	// Spec: UploadParams is the body itself, not wrapped in `data`.
	return { status: 201, body: { ...fields, direct_url: `${store.origin}${DIRECT_UPLOAD_PATH}` } };
}

export const uploadRoutes: Route[] = [
	{ method: 'POST', path: '/uploads', scope: 'uploads:write', bucket: 'other', handler: issueForm },
];

class StorageError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		/** further elements of the XML error, as S3 adds them (ProposedSize, MaxSizeAllowed) */
		readonly extra: Record<string, string> = {},
	) {
		super(message);
	}
}

function parseForm(contentType: string | undefined, raw: Buffer): Part[] {
	const parts = parseMultipart(contentType, raw);
	if (!parts) throw new StorageError(400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.');
	return parts;
}

function store(state: EmulatorState, entry: LoggedRequest, raw: Buffer): StoredUpload {
	const uploads = uploadStore(state);
	const refusal = uploads.takeRefusal();
	if (refusal) throw new StorageError(refusal.status, refusal.code, refusal.message);
	if (entry.headers.authorization !== undefined) {
		throw new StorageError(400, 'InvalidArgument', 'Only one auth mechanism allowed; only the policy and its signature are expected');
	}
	const contentType = entry.headers['content-type'];
	const parts = parseForm(typeof contentType === 'string' ? contentType : undefined, raw);
	const fileIndex = parts.findIndex((p) => p.name === 'file');
	if (fileIndex < 0) throw new StorageError(400, 'InvalidArgument', "POST requires exactly one file upload per request.");
	// S3 reads the form up to the file: fields after it do not count.
	const fields = new Map(parts.slice(0, fileIndex).map((p) => [p.name, p.body.toString('utf8')]));
	for (const name of UPLOAD_FORM_FIELDS) {
		if (!fields.has(name)) throw new StorageError(400, 'InvalidArgument', `Bucket POST must contain a field named '${name}'.`);
	}
	const form = uploads.issued.get(fields.get('x-amz-signature')!);
	if (!form || form.fields.policy !== fields.get('policy')) {
		throw new StorageError(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
	}
	if (form.expiresAt <= Date.now()) throw new StorageError(403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');
	for (const name of UPLOAD_FORM_FIELDS) {
		if (name !== 'key' && fields.get(name) !== form.fields[name]) {
			throw new StorageError(403, 'AccessDenied', `Invalid according to Policy: Policy Condition failed: ["eq", "$${name}", "${form.fields[name]}"]`);
		}
	}
	const file = parts[fileIndex];
	if (uploads.maxFileSize !== undefined && file.body.length > uploads.maxFileSize) {
		throw new StorageError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
			ProposedSize: String(file.body.length),
			MaxSizeAllowed: String(uploads.maxFileSize),
		});
	}
	const fileName = file.fileName ?? '';
	// A function: `$&` or `$$` in a file name are not replacement patterns.
	const key = fields.get('key')!.replace('${filename}', () => fileName);
	if (!key.startsWith(form.keyPrefix) || key === form.keyPrefix) {
		throw new StorageError(403, 'AccessDenied', `Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "${form.keyPrefix}"]`);
	}
	const upload: StoredUpload = {
		key, fileName, contentType: file.contentType ?? 'binary/octet-stream', bytes: Buffer.from(file.body), partOrder: parts.map((p) => p.name),
		tokenId: form.tokenId,
		seeded: false,
	};
	uploads.stored.set(key, upload);
	return upload;
}

const xmlEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The storage endpoint: stores the file and answers 204, or an S3-style XML error. */
export function directUpload(state: EmulatorState, entry: LoggedRequest, raw: Buffer): { status: number; body?: string; headers: Record<string, string> } {
	if (entry.method !== 'POST') return { status: 405, headers: {} };
	try {
		store(state, entry, raw);
		return { status: 204, headers: {} };
	} catch (caught) {
		const e = caught instanceof StorageError ? caught : new StorageError(500, 'InternalError', String(caught));
		const extra = Object.entries(e.extra).map(([tag, value]) => `<${tag}>${xmlEscape(value)}</${tag}>`).join('');
		const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${e.code}</Code><Message>${xmlEscape(e.message)}</Message>${extra}</Error>`;
		return { status: e.status, body, headers: { 'Content-Type': 'application/xml' } };
	}
}
