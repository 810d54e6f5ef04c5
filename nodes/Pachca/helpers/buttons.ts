import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parameterError } from '../../shared/parameters/errors';

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
	type?: 'data' | 'url';
	data?: unknown;
	url?: unknown;
}

interface BuilderValue {
	rows?: Array<{ buttons?: { button?: BuilderButton[] } }>;
}

const isSet = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/** Characters as people count them (an emoji is one), not UTF-16 code units. */
const characters = (value: string): number => [...value].length;

/** Builder fields hold strings; an expression in them may return a number. */
const asText = (value: unknown): unknown => (typeof value === 'number' ? String(value) : value);

/** The visual builder's rows as plain button objects (only the field of the chosen type). */
function fromBuilder(value: BuilderValue): unknown[][] {
	return (value.rows ?? []).map((row) =>
		(row.buttons?.button ?? []).map((b) =>
			b.type === 'url' ? { text: asText(b.text), url: b.url } : { text: asText(b.text), data: asText(b.data) },
		),
	);
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
	if (typeof url !== 'string') return fail('the URL must be a string');
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
	const { text, url, data } = raw as IDataObject;
	if (typeof text !== 'string' || text.trim() === '') return fail('the text is empty');
	if (characters(text) > BUTTON_LIMITS.text) {
		return fail(`the text is ${characters(text)} characters long, at most ${BUTTON_LIMITS.text} are allowed`);
	}
	if (isSet(url) === isSet(data)) return fail('needs exactly one of "url" or "data"');
	if (isSet(url)) return { text, url: checkUrl(url, fail) };
	if (typeof data !== 'string') return fail('the data must be a string');
	if (characters(data) > BUTTON_LIMITS.data) {
		return fail(`the data is ${characters(data)} characters long, at most ${BUTTON_LIMITS.data} are allowed`);
	}
	return { text, data };
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
 * Reads and validates the buttons of item `index` in the given mode. `undefined`: leave the buttons
 * out of the request; `[]`: no buttons (sent by Update to remove them).
 */
export function readButtons(ctx: IExecuteFunctions, index: number, mode: ButtonsMode): ButtonRows | undefined {
	const fail: Fail = (detail) => {
		throw parameterError(ctx, 'Buttons', detail, index);
	};
	switch (mode) {
		case 'builder':
			return validateButtons(fromBuilder(ctx.getNodeParameter('buttonRows', index, {}) as BuilderValue), fail);
		case 'json':
			return validateButtons(fromJson(ctx.getNodeParameter('buttonsJson', index, '[]'), fail), fail);
		case 'remove':
			return [];
		default:
			return undefined;
	}
}
