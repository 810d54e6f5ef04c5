import type { FormErrors } from '../../shared/forms';
import type { ParameterReader } from '../../shared/parameters';

/** A bound of Min/Max Value: a number, a date (YYYY-MM-DD) or a time (HH:mm), compared as its kind. */
type Bound = { kind: 'number'; value: number } | { kind: 'date' | 'time'; value: string };

export interface FormRule {
	field: string;
	callbackId?: string;
	required: boolean;
	pattern?: RegExp;
	minLength?: number;
	maxLength?: number;
	minValue?: Bound;
	maxValue?: Bound;
	message?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function boundOf(value: unknown): Bound | undefined {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (DATE.test(text)) return { kind: 'date', value: text };
	if (TIME.test(text)) return { kind: 'time', value: text };
	if (text !== '' && Number.isFinite(Number(text))) return { kind: 'number', value: Number(text) };
	return undefined;
}

interface RuleEntry {
	field?: unknown;
	callbackId?: unknown;
	required?: unknown;
	pattern?: unknown;
	minLength?: unknown;
	maxLength?: unknown;
	minValue?: unknown;
	maxValue?: unknown;
	message?: unknown;
}

function readBound(read: ParameterReader, name: 'minValue' | 'maxValue', value: unknown): Bound | undefined {
	if (value === undefined || value === '') return undefined;
	const bound = boundOf(value);
	if (!bound) throw read.expected(`formValidation.rule.${name}`, 'a number, a date (YYYY-MM-DD) or a time (HH:mm)', value);
	return bound;
}

function readRule(read: ParameterReader, entry: RuleEntry): FormRule {
	const path = (name: string) => `formValidation.rule.${name}`;
	const field = read.textValue(path('field'), entry.field ?? '', { required: true }).trim();
	const patternText = read.textValue(path('pattern'), entry.pattern ?? '');
	let pattern: RegExp | undefined;
	try {
		pattern = patternText === '' ? undefined : new RegExp(patternText, 'u');
	} catch (error) {
		throw read.fail(path('pattern'), `not a valid regular expression (${(error as Error).message})`);
	}
	const length = (name: string, value: unknown) => {
		const number = value === undefined || value === '' ? 0 : read.integerValue(path(name), value, { min: 0 });
		return number === 0 ? undefined : number;
	};
	const minLength = length('minLength', entry.minLength);
	const maxLength = length('maxLength', entry.maxLength);
	if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
		throw read.fail(path('minLength'), `${minLength} is above Max Length ${maxLength}`);
	}
	const minValue = readBound(read, 'minValue', entry.minValue);
	const maxValue = readBound(read, 'maxValue', entry.maxValue);
	if (minValue && maxValue && minValue.kind !== maxValue.kind) {
		throw read.fail(path('maxValue'), `is a ${maxValue.kind} and Min Value a ${minValue.kind}: give both of one kind`);
	}
	const callbackId = read.textValue(path('callbackId'), entry.callbackId ?? '').trim();
	const message = read.textValue(path('message'), entry.message ?? '').trim();
	return {
		field,
		callbackId: callbackId === '' ? undefined : callbackId,
		required: read.booleanValue(path('required'), entry.required ?? false),
		pattern,
		minLength,
		maxLength,
		minValue,
		maxValue,
		message: message === '' ? undefined : message,
	};
}

/** The Form Validation rules, each checked (a bad pattern or bound fails activation, naming the rule). */
export function readFormRules(read: ParameterReader): FormRule[] {
	const value = (read.raw('formValidation', {}) ?? {}) as { rule?: RuleEntry[] };
	return (value.rule ?? []).map((entry, i) => readRule(read.within('formValidation', `rule ${i + 1}`), entry));
}

const isEmpty = (value: unknown): boolean =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

function compare(value: unknown, bound: Bound): number | undefined {
	const own = boundOf(value);
	if (!own || own.kind !== bound.kind) return undefined;
	if (own.kind === 'number') return own.value - (bound.value as number);
	return (own.value as string).localeCompare(bound.value as string);
}

/** Why a value fails a rule, or undefined when it passes. */
function failure(rule: FormRule, value: unknown): string | undefined {
	if (isEmpty(value)) return rule.required ? 'Required field' : undefined;
	const size = typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : undefined;
	if (rule.pattern && !(typeof value === 'string' && rule.pattern.test(value))) return 'Does not match the expected format';
	if (rule.minLength !== undefined && size !== undefined && size < rule.minLength) return `At least ${rule.minLength} characters`;
	if (rule.maxLength !== undefined && size !== undefined && size > rule.maxLength) return `At most ${rule.maxLength} characters`;
	for (const [bound, sign, text] of [[rule.minValue, -1, 'At least'], [rule.maxValue, 1, 'At most']] as const) {
		if (!bound) continue;
		const order = compare(value, bound);
		if (order === undefined) return bound.kind === 'number' ? 'Must be a number' : `Must be a ${bound.kind}`;
		if (Math.sign(order) === sign) return `${text} ${bound.value}`;
	}
	return undefined;
}

/** The errors of a submitted form by field name (the first failing rule of each field), or undefined. */
export function checkForm(rules: FormRule[], callbackId: unknown, data: Record<string, unknown>): FormErrors | undefined {
	const errors: FormErrors = {};
	for (const rule of rules) {
		if (rule.callbackId !== undefined && rule.callbackId !== callbackId) continue;
		if (errors[rule.field] !== undefined) continue;
		const why = failure(rule, data[rule.field]);
		if (why !== undefined) errors[rule.field] = rule.message ?? why;
	}
	return Object.keys(errors).length > 0 ? errors : undefined;
}
