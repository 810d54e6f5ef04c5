// Error bodies (ApiError / OAuthError) and request validators.
// Convention: a malformed request (missing wrapper, wrong type, bad enum, non-numeric id, bad limit or
// cursor) answers 400; a well-formed request with unacceptable values (blank, too long, limits) 422;
// an unknown object 404.
import type { Button, FileType } from './types';

export interface ApiErrorItem {
	key: string;
	value: string | null;
	message: string;
	code: string;
	payload: Record<string, unknown> | null;
}

export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: unknown,
		readonly headers: Record<string, string> = {},
	) {
		super(`HTTP ${status}`);
	}
}

function asValue(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	return typeof value === 'string' ? value : JSON.stringify(value);
}

export function apiErrorBody(items: Array<Omit<ApiErrorItem, 'payload'> & { payload?: ApiErrorItem['payload'] }>) {
	return { errors: items.map((i) => ({ ...i, payload: i.payload ?? null })) };
}

export function apiError(status: number, key: string, message: string, code: string, value?: unknown): HttpError {
	return new HttpError(status, apiErrorBody([{ key, value: asValue(value), message, code }]));
}

export function oauthError(status: number, error: string, description: string): HttpError {
	const headers: Record<string, string> = {};
	if (status === 401) headers['WWW-Authenticate'] = `Bearer realm="Pachca", error="${error}"`;
	return new HttpError(status, { error, error_description: description }, headers);
}

export const notFound = (key: string, value?: unknown, what = 'Object') =>
	apiError(404, key, `${what} not found`, 'not_found', value);

/** Path or query id: digits only, else 400. */
export function parseId(raw: string | undefined, key = 'id'): number {
	if (raw === undefined || raw === '') throw apiError(400, key, 'Required parameter is missing', 'required');
	if (!/^\d{1,15}$/.test(raw)) throw apiError(400, key, 'Must be an integer', 'invalid', raw);
	return Number(raw);
}

export function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The entity wrapper of a request body, e.g. `{ message: {...} }`. */
export function wrapper(body: unknown, key: string): Record<string, unknown> {
	if (!isObject(body) || !isObject(body[key])) {
		throw apiError(400, key, `Request body must contain the "${key}" object`, 'required');
	}
	return body[key] as Record<string, unknown>;
}

/** Length as JSON Schema's maxLength counts it: code points (an emoji is one), not UTF-16 units. */
export const codePoints = (text: string): number => [...text].length;

function checkLength(key: string, v: string, maxLength: number | undefined): string {
	if (maxLength !== undefined && codePoints(v) > maxLength) {
		throw apiError(422, key, `Is too long (maximum is ${maxLength} characters)`, 'too_long', v);
	}
	return v;
}

export function optString(obj: Record<string, unknown>, key: string, maxLength?: number): string | undefined {
	const v = obj[key];
	if (v === undefined || v === null) return undefined;
	if (typeof v !== 'string') throw apiError(400, key, 'Must be a string', 'invalid', v);
	return checkLength(key, v, maxLength);
}

export function optBool(obj: Record<string, unknown>, key: string): boolean | undefined {
	const v = obj[key];
	if (v === undefined || v === null) return undefined;
	if (typeof v !== 'boolean') throw apiError(400, key, 'Must be a boolean', 'invalid', v);
	return v;
}

/** Largest `format: int32` value: the spec's IDs in request bodies are int32. */
export const INT32_MAX = 2 ** 31 - 1;

/** A positive integer ID in a JSON body: a JSON number (a string of digits is the wrong type), int32. */
export function optInt(obj: Record<string, unknown>, key: string): number | undefined {
	const v = obj[key];
	if (v === undefined || v === null) return undefined;
	if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= INT32_MAX) return v;
	throw apiError(400, key, 'Must be an integer', 'invalid', v);
}

export function oneOf<T extends string>(raw: unknown, allowed: readonly T[], key: string, status = 400): T {
	const v = typeof raw === 'string' ? raw : '';
	if (!(allowed as readonly string[]).includes(v)) {
		throw apiError(status, key, `Must be one of: ${allowed.join(', ')}`, 'inclusion', raw);
	}
	return v as T;
}

export function isHttpUrl(v: string): boolean {
	try {
		const u = new URL(v);
		return u.protocol === 'http:' || u.protocol === 'https:';
	} catch {
		return false;
	}
}

// Spec (MessageCreateRequest.buttons): at most 100 buttons, up to 8 per row; Button.text and
// Button.data up to 255. guides-buttons.mdx adds: at most 32 rows.
export const BUTTON_LIMITS = { total: 100, perRow: 8, rows: 32, text: 255, data: 255 };

export function validateButtons(raw: unknown): Button[][] {
	if (!Array.isArray(raw)) throw apiError(400, 'buttons', 'Must be an array of rows', 'invalid', raw);
	if (raw.length > BUTTON_LIMITS.rows) {
		throw apiError(422, 'buttons', `Too many rows (maximum is ${BUTTON_LIMITS.rows})`, 'too_long', raw.length);
	}
	let total = 0;
	const rows: Button[][] = [];
	raw.forEach((row, r) => {
		if (!Array.isArray(row)) throw apiError(400, `buttons.${r}`, 'Each row must be an array of buttons', 'invalid', row);
		if (row.length > BUTTON_LIMITS.perRow) {
			throw apiError(422, `buttons.${r}`, `Too many buttons in a row (maximum is ${BUTTON_LIMITS.perRow})`, 'too_long', row.length);
		}
		total += row.length;
		rows.push(row.map((b, c) => validateButton(b, `buttons.${r}.${c}`)));
	});
	if (total > BUTTON_LIMITS.total) {
		throw apiError(422, 'buttons', `Too many buttons (maximum is ${BUTTON_LIMITS.total})`, 'too_long', total);
	}
	return rows;
}

function validateButton(b: unknown, key: string): Button {
	if (!isObject(b)) throw apiError(400, key, 'A button must be an object', 'invalid', b);
	const text = b.text;
	if (text === undefined || text === null) throw apiError(400, `${key}.text`, 'Required parameter is missing', 'required');
	if (typeof text !== 'string') throw apiError(400, `${key}.text`, 'Must be a string', 'invalid', text);
	if (text.trim() === '') throw apiError(422, `${key}.text`, "Can't be blank", 'blank', text);
	checkLength(`${key}.text`, text, BUTTON_LIMITS.text);
	const hasUrl = b.url !== undefined && b.url !== null;
	const hasData = b.data !== undefined && b.data !== null;
	if (hasUrl === hasData) {
		throw apiError(422, key, 'A button must have exactly one of url or data', 'invalid', b);
	}
	if (hasUrl) {
		if (typeof b.url !== 'string' || !isHttpUrl(b.url)) throw apiError(422, `${key}.url`, 'Is not a valid URL', 'invalid', b.url);
		return { text, url: b.url };
	}
	if (typeof b.data !== 'string') throw apiError(400, `${key}.data`, 'Must be a string', 'invalid', b.data);
	if (b.data === '') throw apiError(422, `${key}.data`, "Can't be blank", 'blank', b.data);
	return { text, data: checkLength(`${key}.data`, b.data, BUTTON_LIMITS.data) };
}

export interface FileInput {
	key: string;
	name: string;
	file_type: FileType;
	size?: number;
	width?: number;
	height?: number;
}

const FILE_TYPES: readonly FileType[] = ['file', 'image', 'audio', 'voice'];

/** The extension of a key's or name's last path segment (`.pdf`), lower-case; '' when it has none. */
function extensionOf(path: string): string {
	const base = path.slice(path.lastIndexOf('/') + 1);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** `requireType`: POST /messages requires file_type and size, PUT defaults file_type to `file`. */
export function validateFiles(raw: unknown, requireType: boolean): FileInput[] {
	if (!Array.isArray(raw)) throw apiError(400, 'files', 'Must be an array', 'invalid', raw);
	return raw.map((f, i) => {
		const key = `files.${i}`;
		if (!isObject(f)) throw apiError(400, key, 'A file must be an object', 'invalid', f);
		for (const field of ['key', 'name'] as const) {
			if (f[field] !== undefined && f[field] !== null && typeof f[field] !== 'string') {
				throw apiError(400, `${key}.${field}`, 'Must be a string', 'invalid', f[field]);
			}
		}
		if (typeof f.key !== 'string' || f.key === '') throw apiError(422, `${key}.key`, "Can't be blank", 'blank', f.key);
		if (typeof f.name !== 'string' || f.name === '') throw apiError(422, `${key}.name`, "Can't be blank", 'blank', f.name);
		if (extensionOf(f.key) !== '' && extensionOf(f.key) !== extensionOf(f.name)) {
			throw apiError(422, `${key}.name`, 'File extension must match the uploaded file', 'wrong_params', f.name);
		}
		if (requireType && f.file_type === undefined) throw apiError(400, `${key}.file_type`, 'Required parameter is missing', 'required');
		if (requireType && f.size === undefined) throw apiError(400, `${key}.size`, 'Required parameter is missing', 'required');
		const fileType = f.file_type === undefined ? 'file' : oneOf(f.file_type, FILE_TYPES, `${key}.file_type`);
		const num = (k: string) => {
			if (f[k] === undefined || f[k] === null) return undefined;
			if (typeof f[k] !== 'number' || !Number.isInteger(f[k]) || (f[k] as number) < 0 || (f[k] as number) > INT32_MAX) {
				throw apiError(400, `${key}.${k}`, 'Must be an integer', 'invalid', f[k]);
			}
			return f[k] as number;
		};
		return { key: f.key, name: f.name, file_type: fileType, size: num('size'), width: num('width'), height: num('height') };
	});
}

/** An optional date-time query parameter, as the list methods take it; anything unparsable is a 400. */
export function dateTimeParam(query: Record<string, string>, key: string): string | undefined {
	const raw = query[key];
	if (raw === undefined) return undefined;
	const at = Date.parse(raw);
	if (Number.isNaN(at)) throw apiError(400, key, 'Must be a date-time (YYYY-MM-DDThh:mm:ss.sssZ)', 'invalid', raw);
	return new Date(at).toISOString();
}
