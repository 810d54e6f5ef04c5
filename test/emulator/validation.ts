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

export function optString(obj: Record<string, unknown>, key: string, maxLength?: number): string | undefined {
	const v = obj[key];
	if (v === undefined || v === null) return undefined;
	if (typeof v !== 'string') throw apiError(400, key, 'Must be a string', 'invalid', v);
	if (maxLength !== undefined && v.length > maxLength) {
		throw apiError(422, key, `Is too long (maximum is ${maxLength} characters)`, 'too_long', v);
	}
	return v;
}

export function optBool(obj: Record<string, unknown>, key: string): boolean | undefined {
	const v = obj[key];
	if (v === undefined || v === null) return undefined;
	if (typeof v !== 'boolean') throw apiError(400, key, 'Must be a boolean', 'invalid', v);
	return v;
}

export function optInt(obj: Record<string, unknown>, key: string): number | undefined {
	const v = obj[key];
	if (v === undefined || v === null) return undefined;
	if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
	if (typeof v === 'string' && /^\d{1,15}$/.test(v)) return Number(v);
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
	if (typeof text !== 'string' || text.trim() === '') throw apiError(422, `${key}.text`, "Can't be blank", 'blank', text);
	if (text.length > BUTTON_LIMITS.text) {
		throw apiError(422, `${key}.text`, `Is too long (maximum is ${BUTTON_LIMITS.text} characters)`, 'too_long', text);
	}
	const hasUrl = b.url !== undefined && b.url !== null;
	const hasData = b.data !== undefined && b.data !== null;
	if (hasUrl === hasData) {
		throw apiError(422, key, 'A button must have exactly one of url or data', 'invalid', b);
	}
	if (hasUrl) {
		if (typeof b.url !== 'string' || !isHttpUrl(b.url)) throw apiError(422, `${key}.url`, 'Is not a valid URL', 'invalid', b.url);
		return { text, url: b.url };
	}
	if (typeof b.data !== 'string' || b.data === '') throw apiError(422, `${key}.data`, "Can't be blank", 'blank', b.data);
	if (b.data.length > BUTTON_LIMITS.data) {
		throw apiError(422, `${key}.data`, `Is too long (maximum is ${BUTTON_LIMITS.data} characters)`, 'too_long', b.data);
	}
	return { text, data: b.data };
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

/** `requireType`: POST /messages requires file_type and size, PUT defaults file_type to `file`. */
export function validateFiles(raw: unknown, requireType: boolean): FileInput[] {
	if (!Array.isArray(raw)) throw apiError(400, 'files', 'Must be an array', 'invalid', raw);
	return raw.map((f, i) => {
		const key = `files.${i}`;
		if (!isObject(f)) throw apiError(400, key, 'A file must be an object', 'invalid', f);
		if (typeof f.key !== 'string' || f.key === '') throw apiError(422, `${key}.key`, "Can't be blank", 'blank', f.key);
		if (typeof f.name !== 'string' || f.name === '') throw apiError(422, `${key}.name`, "Can't be blank", 'blank', f.name);
		const ext = (s: string) => (s.includes('.') ? s.slice(s.lastIndexOf('.')).toLowerCase() : '');
		if (ext(f.key) !== '' && ext(f.key) !== ext(f.name)) {
			throw apiError(422, `${key}.name`, 'File extension must match the uploaded file', 'wrong_params', f.name);
		}
		if (requireType && f.file_type === undefined) throw apiError(400, `${key}.file_type`, 'Required parameter is missing', 'required');
		if (requireType && f.size === undefined) throw apiError(400, `${key}.size`, 'Required parameter is missing', 'required');
		const fileType = f.file_type === undefined ? 'file' : oneOf(f.file_type, FILE_TYPES, `${key}.file_type`);
		const num = (k: string) => (typeof f[k] === 'number' ? (f[k] as number) : undefined);
		return { key: f.key, name: f.name, file_type: fileType, size: num('size'), width: num('width'), height: num('height') };
	});
}
