import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { BlockType } from './blocks';

interface BuilderChoice extends IDataObject {
	chosen?: boolean;
}

type BuilderBlock = IDataObject & { choices?: { choice?: BuilderChoice[] } };

/** Fields of the builder that map one to one onto the spec's, left out while empty. */
const PLAIN_FIELDS: Array<[builder: string, spec: string, types: BlockType[]]> = [
	['text', 'text', ['header', 'plain_text', 'markdown']],
	['hint', 'hint', ['input', 'select', 'radio', 'checkbox', 'date', 'time', 'file_input']],
	['placeholder', 'placeholder', ['input']],
	['initialValue', 'initial_value', ['input']],
	['initialDate', 'initial_date', ['date']],
	['initialTime', 'initial_time', ['time']],
];

const unset = (value: unknown): boolean => value === undefined || value === null || value === '';

function options(type: BlockType, entry: BuilderBlock): IDataObject[] {
	const flag = type === 'checkbox' ? 'checked' : 'selected';
	return (entry.choices?.choice ?? []).map((choice) => ({
		text: choice.text,
		value: choice.value,
		...(unset(choice.description) ? {} : { description: choice.description }),
		...(choice.chosen === true ? { [flag]: true } : {}),
	}));
}

/** One builder entry as a spec block, with only the fields of its type (checked afterwards by validateBlocks). */
function toBlock(type: BlockType, entry: BuilderBlock): IDataObject {
	const block: IDataObject = { type };
	if (type === 'divider') return block;
	const isField = !['header', 'plain_text', 'markdown'].includes(type);
	if (isField) Object.assign(block, { name: entry.name ?? '', label: entry.label ?? '', required: entry.required === true });
	for (const [from, to, types] of PLAIN_FIELDS) if (types.includes(type) && !unset(entry[from])) block[to] = entry[from];
	if (type === 'header' || type === 'plain_text' || type === 'markdown') block.text = entry.text ?? '';
	if (type === 'input') {
		if (entry.multiline === true) block.multiline = true;
		// 0 stands for "no limit" in the builder
		if (!unset(entry.minLength) && entry.minLength !== 0) block.min_length = entry.minLength;
		if (!unset(entry.maxLength) && entry.maxLength !== 0) block.max_length = entry.maxLength;
	}
	if (type === 'select' || type === 'radio' || type === 'checkbox') block.options = options(type, entry);
	if (type === 'file_input') {
		const extensions = String(entry.fileTypes ?? '').split(/[\s,]+/).filter((e) => e !== '');
		if (extensions.length > 0) block.filetypes = extensions.map((e) => e.replace(/^\./, ''));
		if (!unset(entry.maxFiles)) block.max_files = entry.maxFiles;
	}
	return block;
}

/** The Blocks builder's entries as the spec's blocks; the Type of each must be one of its options. */
export function blocksFromBuilder(read: ParameterReader): IDataObject[] {
	const value = (read.raw('blocks', {}) ?? {}) as { block?: BuilderBlock[] };
	return (value.block ?? []).map((entry, i) => {
		const type = read.within('blocks', `block ${i + 1}`).choiceValue<BlockType>('blocks.block.type', entry.type ?? 'input');
		return toBlock(type, entry);
	});
}
