import type { IDataObject } from 'n8n-workflow';

import { characterCount, describeValue } from '../../../shared/parameters';

/** Spec limits of OpenViewRequest and the ViewBlock* schemas (guides-forms-blocks.mdx: up to 100 blocks). */
export const VIEW_LIMITS = { blocks: 100, title: 24, buttonText: 24, callbackId: 255, privateMetadata: 3000 } as const;

export const BLOCK_TYPES = [
	'header', 'plain_text', 'markdown', 'divider', 'input', 'select', 'radio', 'checkbox', 'date', 'time', 'file_input',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

type Fail = (detail: string) => never;

interface TextRule {
	max: number;
	required?: boolean;
}

/** Blocks that only show text: their `text`, and its limit. */
const TEXT_BLOCKS: Partial<Record<BlockType, number>> = { header: 150, plain_text: 12000, markdown: 12000 };

/** Fields every input-like block has (name is the key of its value in view.submit's data). */
const FIELD_TEXT: Record<string, TextRule> = { name: { max: 255, required: true }, label: { max: 150, required: true }, hint: { max: 2000 } };

/** The other fields of each input-like block, beside name, label, hint and required. */
const OWN_FIELDS: Partial<Record<BlockType, string[]>> = {
	input: ['placeholder', 'multiline', 'initial_value', 'min_length', 'max_length'],
	select: ['options'],
	radio: ['options'],
	checkbox: ['options'],
	date: ['initial_date'],
	time: ['initial_time'],
	file_input: ['filetypes', 'max_files'],
};

/** How many options a list block may have, and the flag that marks an option as chosen from the start. */
const OPTION_BLOCKS: Partial<Record<BlockType, { max: number; flag: 'selected' | 'checked'; description: boolean }>> = {
	select: { max: 100, flag: 'selected', description: false },
	radio: { max: 10, flag: 'selected', description: true },
	checkbox: { max: 10, flag: 'checked', description: true },
};

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, field: string, rule: TextRule, fail: Fail): string {
	if (typeof value !== 'string') return fail(`${field}: expected text, got ${describeValue(value)}`);
	if (rule.required && value.trim() === '') return fail(`${field}: is empty`);
	const length = characterCount(value);
	if (length > rule.max) return fail(`${field}: ${length} characters, at most ${rule.max} are allowed`);
	return value;
}

function whole(value: unknown, field: string, min: number, max: number, fail: Fail): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		return fail(`${field}: expected a whole number from ${min} to ${max}, got ${describeValue(value)}`);
	}
	return value;
}

function flag(value: unknown, field: string, fail: Fail): boolean {
	if (typeof value !== 'boolean') return fail(`${field}: expected true or false, got ${describeValue(value)}`);
	return value;
}

function noOtherKeys(block: IDataObject, allowed: string[], fail: Fail): void {
	const unknown = Object.keys(block).filter((key) => !allowed.includes(key));
	if (unknown.length > 0) {
		fail(`${unknown.map((key) => JSON.stringify(key)).join(', ')} ${unknown.length === 1 ? 'is not a field' : 'are not fields'} of a ${String(block.type)} block`);
	}
}

function checkOptions(block: IDataObject, type: BlockType, fail: Fail): void {
	const rule = OPTION_BLOCKS[type]!;
	const options = block.options;
	if (options === undefined) return;
	if (!Array.isArray(options)) return fail(`options: expected a list, got ${describeValue(options)}`);
	if (options.length > rule.max) return fail(`options: ${options.length} options, at most ${rule.max} are allowed`);
	const values = new Set<string>();
	let chosen = 0;
	options.forEach((option: unknown, i) => {
		const at: Fail = (detail) => fail(`option ${i + 1}: ${detail}`);
		if (!isObject(option)) return at(`expected an object with "text" and "value", got ${describeValue(option)}`);
		noOtherKeys(option, ['text', 'value', rule.flag, ...(rule.description ? ['description'] : [])], (detail) =>
			at(detail.replace(/ of a .* block$/, ` of a ${type} option`)),
		);
		text(option.text, 'text', { max: 75, required: true }, at);
		const value = text(option.value, 'value', { max: 150, required: true }, at);
		if (values.has(value)) at(`value ${JSON.stringify(value)} is used by an earlier option`);
		values.add(value);
		if (option.description !== undefined) text(option.description, 'description', { max: 75 }, at);
		if (option[rule.flag] !== undefined && flag(option[rule.flag], rule.flag, at)) chosen++;
	});
	if (rule.flag === 'selected' && chosen > 1) fail(`${chosen} options are selected, only one may be`);
}

function checkInput(block: IDataObject, fail: Fail): void {
	if (block.placeholder !== undefined) text(block.placeholder, 'placeholder', { max: 150 }, fail);
	if (block.initial_value !== undefined) text(block.initial_value, 'initial_value', { max: 3000 }, fail);
	if (block.multiline !== undefined) flag(block.multiline, 'multiline', fail);
	const min = block.min_length === undefined ? undefined : whole(block.min_length, 'min_length', 0, 3000, fail);
	const max = block.max_length === undefined ? undefined : whole(block.max_length, 'max_length', 1, 3000, fail);
	if (min !== undefined && max !== undefined && min > max) fail(`min_length ${min} is above max_length ${max}`);
}

function checkDateOrTime(block: IDataObject, type: 'date' | 'time', fail: Fail): void {
	const field = type === 'date' ? 'initial_date' : 'initial_time';
	const value = block[field];
	if (value === undefined) return;
	const pattern = type === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/ : /^([01]\d|2[0-3]):[0-5]\d$/;
	const match = typeof value === 'string' ? pattern.exec(value) : null;
	const realDate = (m: RegExpExecArray) => {
		const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
		return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
	};
	if (!match || (type === 'date' && !realDate(match))) {
		fail(`${field}: expected ${type === 'date' ? 'a date as YYYY-MM-DD' : 'a time as HH:mm'}, got ${describeValue(value)}`);
	}
}

function checkFileInput(block: IDataObject, fail: Fail): void {
	const types = block.filetypes;
	if (types !== undefined && (!Array.isArray(types) || !types.every((t) => typeof t === 'string' && t.trim() !== ''))) {
		fail(`filetypes: expected a list of extensions such as ["pdf", "png"], got ${describeValue(types)}`);
	}
	if (block.max_files !== undefined) whole(block.max_files, 'max_files', 1, 10, fail);
}

/** One block, checked against its schema; returns its name when it is an input-like block. */
function checkBlock(raw: unknown, fail: Fail): string | undefined {
	if (!isObject(raw)) return fail(`expected an object with a "type", got ${describeValue(raw)}`);
	const type = raw.type as BlockType;
	if (!BLOCK_TYPES.includes(type)) {
		return fail(`type: expected one of ${BLOCK_TYPES.map((t) => JSON.stringify(t)).join(', ')}, got ${describeValue(raw.type)}`);
	}
	if (type === 'divider') {
		noOtherKeys(raw, ['type'], fail);
		return undefined;
	}
	const textMax = TEXT_BLOCKS[type];
	if (textMax !== undefined) {
		noOtherKeys(raw, ['type', 'text'], fail);
		text(raw.text, 'text', { max: textMax, required: true }, fail);
		return undefined;
	}
	noOtherKeys(raw, ['type', 'required', ...Object.keys(FIELD_TEXT), ...(OWN_FIELDS[type] ?? [])], fail);
	for (const [field, rule] of Object.entries(FIELD_TEXT)) {
		if (rule.required || raw[field] !== undefined) text(raw[field], field, rule, fail);
	}
	if (raw.required !== undefined) flag(raw.required, 'required', fail);
	if (type === 'input') checkInput(raw, fail);
	else if (type === 'date' || type === 'time') checkDateOrTime(raw, type, fail);
	else if (type === 'file_input') checkFileInput(raw, fail);
	else checkOptions(raw, type, fail);
	return raw.name as string;
}

/** What a block is called in errors: `block 3 (input "reason")`. */
function where(raw: unknown, index: number): string {
	const type = isObject(raw) && typeof raw.type === 'string' ? ` (${raw.type}${typeof raw.name === 'string' && raw.name !== '' ? ` ${JSON.stringify(raw.name)}` : ''})` : '';
	return `block ${index + 1}${type}`;
}

/**
 * Checks a form's blocks against the spec before anything is sent: the types, each field's limits,
 * at most 100 blocks, and names unique across the form (view.submit keys its data by name).
 */
export function validateBlocks(raw: unknown, fail: Fail): IDataObject[] {
	if (!Array.isArray(raw)) return fail(`expected a list of blocks, got ${describeValue(raw)}`);
	if (raw.length === 0) return fail('a form needs at least one block');
	if (raw.length > VIEW_LIMITS.blocks) return fail(`${raw.length} blocks, at most ${VIEW_LIMITS.blocks} are allowed`);
	const names = new Map<string, number>();
	raw.forEach((block: unknown, i) => {
		const name = checkBlock(block, (detail) => fail(`${where(block, i)}: ${detail}`));
		if (name === undefined) return;
		const earlier = names.get(name);
		if (earlier !== undefined) fail(`${where(block, i)}: name ${JSON.stringify(name)} is already used by block ${earlier + 1}`);
		names.set(name, i);
	});
	return raw as IDataObject[];
}
