import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { characterCount, describeValue } from '../../../shared/parameters';

/** A message button: `url` opens a link, `data` makes Pachca send a button-click webhook. */
export interface MessageButton {
	text: string;
	url?: string;
	data?: string;
}

export type ButtonRows = MessageButton[][];

/**
 * Spec (MessageCreateRequest.buttons, Button): at most 100 buttons, up to 8 per row, `text` and `data`
 * up to 255 characters. guides-buttons.mdx adds at most 32 rows.
 */
export const BUTTON_LIMITS = { total: 100, perRow: 8, rows: 32, text: 255, data: 255 } as const;

/**
 * How the buttons are given: `none` / `keep` send nothing, `remove` sends `[]` (Update only),
 * `builder` reads the Button Rows fields, `json` the Buttons (JSON) field.
 */
export type ButtonsMode = 'none' | 'keep' | 'remove' | 'builder' | 'json';

type Fail = (detail: string) => never;

interface BuilderButton {
	text?: unknown;
	type?: unknown;
	data?: unknown;
	url?: unknown;
}

interface BuilderValue {
	rows?: Array<{ buttons?: { button?: BuilderButton[] } }>;
}

const isSet = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/**
 * The visual builder's rows as plain button objects (only the field of the chosen Type, which must be
 * one of its options even when an expression gives it).
 */
function fromBuilder(read: ParameterReader, value: BuilderValue): unknown[][] {
	return (value.rows ?? []).map((row, r) =>
		(row.buttons?.button ?? []).map((b, i) => {
			const type = read
				.within('buttonsMode', `row ${r + 1}, button ${i + 1}`)
				.choiceValue<'data' | 'url'>('buttonRows.rows.buttons.button.type', b.type ?? 'data');
			return type === 'url' ? { text: b.text, url: b.url } : { text: b.text, data: b.data };
		}),
	);
}

/** Text of a button field: a string, or a number (an expression such as `{{ $json.orderId }}`). */
function asText(value: unknown, field: string, fail: Fail): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return fail(`the ${field}: expected text, got ${describeValue(value)}`);
}

function checkLength(text: string, field: string, max: number, fail: Fail): string {
	const length = characterCount(text);
	if (length > max) return fail(`the ${field} is ${length} characters long, at most ${max} are allowed`);
	return text;
}

/** The JSON field: a JSON string, or the array an expression already returned. */
function fromJson(value: unknown, fail: Fail): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return [];
	try {
		return JSON.parse(value) as unknown;
	} catch (error) {
		return fail(`not valid JSON (${(error as Error).message})`);
	}
}

function checkUrl(url: unknown, fail: Fail): string {
	if (typeof url !== 'string') return fail(`the URL: expected text, got ${describeValue(url)}`);
	let protocol = '';
	try {
		protocol = new URL(url.trim()).protocol;
	} catch {
		return fail(`the URL ${JSON.stringify(url)} is not a valid URL`);
	}
	if (protocol !== 'http:' && protocol !== 'https:') {
		return fail(`the URL ${JSON.stringify(url)} must start with http:// or https://`);
	}
	return url.trim();
}

function checkButton(raw: unknown, fail: Fail): MessageButton {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return fail('must be an object with "text" and either "url" or "data"');
	}
	const { url, data } = raw as IDataObject;
	const text = checkLength(asText((raw as IDataObject).text, 'text', fail), 'text', BUTTON_LIMITS.text, fail);
	if (text.trim() === '') return fail('the text is empty');
	if (isSet(url) === isSet(data)) return fail('needs exactly one of "url" or "data"');
	if (isSet(url)) return { text, url: checkUrl(url, fail) };
	return { text, data: checkLength(asText(data, 'data', fail), 'data', BUTTON_LIMITS.data, fail) };
}

/**
 * Checks rows of buttons against the API limits and returns them with only `text` and `url`/`data`.
 * Empty rows are dropped (an unfilled row of the builder). Positions in errors are 1-based.
 */
export function validateButtons(raw: unknown, fail: Fail): ButtonRows {
	if (!Array.isArray(raw)) return fail('must be an array of rows, each an array of buttons');
	if (raw.length > BUTTON_LIMITS.rows) {
		return fail(`${raw.length} rows, at most ${BUTTON_LIMITS.rows} are allowed`);
	}
	let total = 0;
	const rows = raw.map((row: unknown, r) => {
		const rowFail: Fail = (detail) => fail(`row ${r + 1}: ${detail}`);
		if (!Array.isArray(row)) {
			const flat = typeof row === 'object' && row !== null;
			return rowFail(`must be an array of buttons${flat ? ': wrap each row in [ ], e.g. [[{"text": "OK", "data": "ok"}]]' : ''}`);
		}
		if (row.length > BUTTON_LIMITS.perRow) {
			return rowFail(`${row.length} buttons, at most ${BUTTON_LIMITS.perRow} are allowed in a row`);
		}
		total += row.length;
		return row.map((button: unknown, b) =>
			checkButton(button, (detail) => fail(`row ${r + 1}, button ${b + 1}: ${detail}`)),
		);
	});
	if (total > BUTTON_LIMITS.total) {
		return fail(`${total} buttons, at most ${BUTTON_LIMITS.total} are allowed in a message`);
	}
	return rows.filter((row) => row.length > 0);
}

/**
 * Reads and validates the item's buttons in the mode chosen in Buttons. `undefined`: leave the buttons
 * out of the request; `[]`: no buttons (sent by Update to remove them).
 */
export function readButtons(read: ParameterReader, defaultMode: 'none' | 'keep'): ButtonRows | undefined {
	const mode = read.choice<ButtonsMode>('buttonsMode', defaultMode);
	const fail: Fail = (detail) => {
		throw read.fail('buttonsMode', detail);
	};
	switch (mode) {
		case 'builder':
			return validateButtons(fromBuilder(read, read.raw('buttonRows', {}) as BuilderValue), fail);
		case 'json':
			return validateButtons(fromJson(read.raw('buttonsJson', '[]'), fail), fail);
		case 'remove':
			return [];
		default:
			return undefined;
	}
}
