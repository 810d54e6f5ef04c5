import type {
	IExecuteFunctions,
	IHookFunctions,
	INodeProperties,
	IPollFunctions,
	IWebhookFunctions,
	NodeOperationError,
} from 'n8n-workflow';

import { formatDateTime, parseDateTime } from './dates';
import { choicesOf, labelOf } from './describe';
import { describeValue, parameterError } from './errors';
import { parsePositiveId, parseUlid } from './ids';
import type { LinkKind } from './links';
import type { Located } from './locators';
import { idOfLocator } from './locators';

export type ReaderContext = IExecuteFunctions | IHookFunctions | IWebhookFunctions | IPollFunctions;

export interface TextRules {
	/** most characters allowed (code points, as the spec's maxLength counts them) */
	max?: number;
	/** reject an empty or blank value */
	required?: boolean;
}

const isBlank = (value: unknown): boolean =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

/** Characters as the spec's maxLength counts them: code points (an emoji is one). */
export const characterCount = (text: string): number => [...text].length;

/**
 * Reads one item's parameters with one set of rules, whether the value was typed or came from an
 * expression: every check runs before anything is sent, and every error names the parameter as the
 * editor shows it, the item, and what was received (`Content: expected text, got undefined (item 2)`).
 */
export class ParameterReader {
	/** Prefix of every label (set by `within`). */
	private scope = '';

	constructor(
		private readonly ctx: ReaderContext,
		private readonly properties: INodeProperties[],
		/** the item in an action node; undefined in triggers, whose parameters are not per item */
		readonly itemIndex?: number,
		/** the credential's Base URL, whose host counts as Pachca's in links */
		private readonly baseUrl?: string,
	) {}

	/** The parameter's value as n8n resolved it (expressions evaluated), or `fallback` when unset. */
	raw(path: string, fallback?: unknown): unknown {
		// n8n throws "Could not get parameter" for an unset parameter without a fallback.
		if (fallback === undefined && !this.given(path)) return undefined;
		if (this.itemIndex === undefined) {
			return (this.ctx as IHookFunctions).getNodeParameter(path, fallback as never);
		}
		return (this.ctx as IExecuteFunctions).getNodeParameter(path, this.itemIndex, fallback as never);
	}

	/**
	 * Whether the parameter is set in the node at all (typed, or an expression, whatever it returns):
	 * a field added to a collection is, one never added is not.
	 */
	given(path: string): boolean {
		let value: unknown = this.ctx.getNode().parameters;
		for (const part of path.split('.')) {
			if (typeof value !== 'object' || value === null) return false;
			value = (value as Record<string, unknown>)[part];
		}
		return value !== undefined;
	}

	/**
	 * A reader for one entry of a list parameter (a file, a button), whose errors say where:
	 * `Files: file 2: Name: expected text, got undefined (item 0)`.
	 */
	within(path: string, where: string): ParameterReader {
		const entry = new ParameterReader(this.ctx, this.properties, this.itemIndex, this.baseUrl);
		entry.scope = `${this.label(path)}: ${where}: `;
		return entry;
	}

	/** Whether the user gave the parameter a value (set in a collection, or not empty). */
	has(path: string): boolean {
		return !isBlank(this.raw(path, undefined));
	}

	label(path: string): string {
		return this.scope + labelOf(this.properties, this.ctx.getNode(), path);
	}

	/** An error about a parameter, in the house style, thrown before any request. */
	fail(path: string, detail: string): NodeOperationError {
		return parameterError(this.ctx, this.label(path), detail, this.itemIndex);
	}

	/** Same, for a value that is not what the parameter needs. */
	expected(path: string, what: string, value: unknown): NodeOperationError {
		return this.fail(path, `expected ${what}, got ${describeValue(value)}`);
	}

	/** Text: strings, and numbers written as text. `undefined`, null, objects and booleans are errors. */
	text(path: string, rules: TextRules = {}, fallback: unknown = ''): string {
		return this.textValue(path, this.raw(path, fallback), rules);
	}

	/** Text given by the caller (e.g. from a list entry), checked as `text` would check it. */
	textValue(path: string, value: unknown, rules: TextRules = {}): string {
		let text: string;
		if (typeof value === 'string') text = value;
		else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
		else throw this.expected(path, 'text', value);
		if (rules.required && text.trim() === '') throw this.fail(path, 'is empty');
		const length = characterCount(text);
		if (rules.max !== undefined && length > rules.max) {
			throw this.fail(path, `${length} characters, at most ${rules.max} are allowed`);
		}
		return text;
	}

	/**
	 * Text that is left out of the request when not set or empty. A set field whose expression gives
	 * undefined, null or an object is an error (a missing input field, not "no value").
	 */
	optionalText(path: string, rules: TextRules = {}): string | undefined {
		if (!this.given(path)) return undefined;
		const value = this.raw(path, undefined);
		return value === '' ? undefined : this.textValue(path, value, rules);
	}

	/** An http(s) URL that is left out of the request when not set or empty (as `optionalText`). */
	optionalUrl(path: string, rules: TextRules = {}): string | undefined {
		if (!this.given(path)) return undefined;
		const value = this.raw(path, undefined);
		return value === '' ? undefined : this.urlValue(path, value, rules);
	}

	/** An http(s) URL. */
	url(path: string, rules: TextRules = {}, fallback: unknown = ''): string {
		return this.urlValue(path, this.raw(path, fallback), rules);
	}

	urlValue(path: string, value: unknown, rules: TextRules = {}): string {
		const text = this.textValue(path, value, { ...rules, required: true }).trim();
		let protocol: string;
		try {
			protocol = new URL(text).protocol;
		} catch {
			throw this.expected(path, 'an http:// or https:// URL', value);
		}
		if (protocol !== 'http:' && protocol !== 'https:') throw this.expected(path, 'an http:// or https:// URL', value);
		return text;
	}

	/** true or false; the strings "true" and "false" from an expression count too, nothing else. */
	boolean(path: string, fallback: boolean): boolean {
		return this.booleanValue(path, this.raw(path, fallback));
	}

	/** A boolean that is left out of the request when not set (a collection field never added). */
	optionalBoolean(path: string): boolean | undefined {
		return this.given(path) ? this.booleanValue(path, this.raw(path, undefined)) : undefined;
	}

	booleanValue(path: string, value: unknown): boolean {
		if (typeof value === 'boolean') return value;
		if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
		throw this.expected(path, 'true or false', value);
	}

	/** One of the values the parameter's options list. */
	choice<T extends string>(path: string, fallback?: T): T {
		return this.choiceValue(path, this.raw(path, fallback));
	}

	choiceValue<T extends string>(path: string, value: unknown): T {
		const allowed = choicesOf(this.properties, this.ctx.getNode(), path);
		if (typeof value === 'string' && allowed.includes(value)) return value as T;
		throw this.expected(path, `one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`, value);
	}

	/** Several values of a multiOptions parameter, each one of its options. */
	choices<T extends string>(path: string, fallback: T[] = []): T[] {
		const value = this.raw(path, fallback);
		const allowed = choicesOf(this.properties, this.ctx.getNode(), path);
		const list = typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter((v) => v !== '') : value;
		if (!Array.isArray(list)) throw this.expected(path, 'a list of options', value);
		for (const entry of list) {
			if (typeof entry !== 'string' || !allowed.includes(entry)) {
				throw this.expected(path, `each of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`, entry);
			}
		}
		return list as T[];
	}

	/** A whole number within bounds. */
	integer(path: string, bounds: { min?: number; max?: number } = {}, fallback?: number): number {
		return this.integerValue(path, this.raw(path, fallback), bounds);
	}

	/** Within the spec's `format: int32` (every integer field of Pachca's API) unless `bounds` is narrower. */
	integerValue(path: string, value: unknown, bounds: { min?: number; max?: number } = {}): number {
		const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
		const min = Math.max(bounds.min ?? INT32_MIN, INT32_MIN);
		const max = Math.min(bounds.max ?? INT32_MAX, INT32_MAX);
		// The int32 limit is named only when it is what the value broke.
		const overInt32 = number > INT32_MAX || number < INT32_MIN;
		const range =
			overInt32 || bounds.max !== undefined ? ` from ${min} to ${max}` : bounds.min !== undefined ? ` of at least ${min}` : '';
		if (!Number.isSafeInteger(number) || number < min || number > max) {
			throw this.expected(path, `a whole number${range}`, value);
		}
		return number;
	}

	/** A Pachca ID (chat, message, user, bot, thread): a positive whole number. */
	id(path: string): number {
		return this.idValue(path, this.raw(path, ''));
	}

	idValue(path: string, value: unknown): number {
		const id = parsePositiveId(value);
		if (id === undefined) throw this.expected(path, 'a positive numeric ID', value);
		return id;
	}

	/**
	 * An ID that may be left empty (not set, or blank text). A set field whose expression gives
	 * undefined or null is an error, as in `optionalText`.
	 */
	optionalId(path: string): number | undefined {
		if (!this.given(path)) return undefined;
		const value = this.raw(path, undefined);
		return typeof value === 'string' && value.trim() === '' ? undefined : this.idValue(path, value);
	}

	/** A comma- or space-separated list of IDs ("1, 2 3"); every entry must be an ID. */
	idList(path: string): number[] {
		const value = this.raw(path, '');
		const entries = Array.isArray(value) ? value : this.textValue(path, value ?? '').split(/[\s,]+/).filter((e) => e !== '');
		return entries.map((entry: unknown) => {
			const id = parsePositiveId(entry);
			if (id === undefined) throw this.expected(path, 'positive numeric IDs', entry);
			return id;
		});
	}

	/** A JSON field: JSON typed as text is parsed, an expression's object or array is taken as it is. */
	json(path: string, fallback: unknown = ''): unknown {
		const value = this.raw(path, fallback);
		if (typeof value !== 'string' || value.trim() === '') return value;
		try {
			return JSON.parse(value) as unknown;
		} catch (error) {
			throw this.expected(path, `valid JSON (${(error as Error).message})`, value);
		}
	}

	/** A date and time; one without an offset is wall time in the workflow's timezone. */
	dateTime(path: string): Date {
		const value = this.raw(path, '');
		const when = parseDateTime(value, this.ctx.getTimezone());
		if (when === undefined) throw this.expected(path, 'a date and time', value);
		return when;
	}

	/** A date and time as ISO text in the workflow's timezone (or the value's own offset), e.g. `…T10:00:00.000+03:00`. */
	zonedDateTime(path: string): string {
		const value = this.raw(path, '');
		const when = formatDateTime(value, this.ctx.getTimezone());
		if (when === undefined) throw this.expected(path, 'a date and time', value);
		return when;
	}

	/** An event history ID: a ULID string. */
	ulid(path: string): string {
		return this.ulidValue(path, this.raw(path, ''));
	}

	ulidValue(path: string, value: unknown): string {
		const ulid = parseUlid(value);
		if (ulid === undefined) throw this.expected(path, 'an event ID (a 26-character ULID)', value);
		return ulid;
	}

	/** A resource locator (From List / By ID / By URL) as an ID: see `idOfLocator` for the rules. */
	locatorId(path: string, kind?: LinkKind): number {
		// extractValue: false keeps the mode, so a link is parsed here rather than trusted.
		const located =
			this.itemIndex === undefined
				? this.raw(path, undefined)
				: (this.ctx as IExecuteFunctions).getNodeParameter(path, this.itemIndex, undefined, { extractValue: false });
		const result = idOfLocator(located as Located, kind, this.baseUrl);
		if ('id' in result) return result.id;
		throw this.expected(path, result.expected, result.value);
	}
}
