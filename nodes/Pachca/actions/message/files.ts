import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';

/** One entry of the Files fixedCollection: a file already uploaded to Pachca, by its key. */
interface FileEntry {
	key?: unknown;
	name?: unknown;
	fileType?: unknown;
	size?: unknown;
}

/** The extension of the last path segment, lower-case, with its dot (`.pdf`), or '' when it has none. */
export function extensionOf(path: string): string {
	const base = path.slice(path.lastIndexOf('/') + 1);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * The message's `files` array, `{ key, name, file_type, size }` per file, read from the Files field
 * at `path` (`additionalFields.files`, `updateFields.files`) and checked before sending. Spec: the
 * name's extension must match the key's, else Pachca answers 422 `wrong_params`.
 */
export function readFiles(read: ParameterReader, path: string): IDataObject[] {
	const value = read.raw(path, {});
	const entries = typeof value === 'object' && value !== null ? (value as { file?: unknown }).file ?? [] : value;
	if (!Array.isArray(entries)) throw read.expected(path, 'a list of files', value);
	return entries.map((raw: unknown, i) => {
		const entry = read.within(path, `file ${i + 1}`);
		const file = (typeof raw === 'object' && raw !== null ? raw : {}) as FileEntry;
		const key = entry.textValue(`${path}.file.key`, file.key, { required: true }).trim();
		const name = entry.textValue(`${path}.file.name`, file.name, { required: true }).trim();
		if (extensionOf(key) !== '' && extensionOf(key) !== extensionOf(name)) {
			throw entry.fail(
				`${path}.file.name`,
				`the extension of ${JSON.stringify(name)} must be "${extensionOf(key)}", as in the key`,
			);
		}
		const fileType = entry.choiceValue(`${path}.file.fileType`, file.fileType ?? 'file');
		const size = entry.integerValue(`${path}.file.size`, file.size ?? 0, { min: 0 });
		return { key, name, file_type: fileType, size };
	});
}
