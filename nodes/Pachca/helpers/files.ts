import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parameterError } from '../../shared/parameters/errors';

/** The value of the Files fixedCollection: files already uploaded to Pachca, by their key. */
export interface FilesValue {
	file?: Array<{ key?: unknown; name?: unknown; fileType?: string; size?: unknown }>;
}

const FILE_TYPES = ['file', 'image', 'audio'];

/** The message's `files` array: `{ key, name, file_type, size }` per file, checked before sending. */
export function readFiles(ctx: IExecuteFunctions, index: number, value: FilesValue | undefined): IDataObject[] {
	return (value?.file ?? []).map((file, i) => {
		const fail = (detail: string) => parameterError(ctx, 'Files', `file ${i + 1}: ${detail}`, index);
		const key = typeof file.key === 'string' ? file.key.trim() : '';
		const name = typeof file.name === 'string' ? file.name.trim() : '';
		if (key === '') throw fail('the key is empty');
		if (name === '') throw fail('the name is empty');
		const fileType = file.fileType ?? 'file';
		if (!FILE_TYPES.includes(fileType)) throw fail(`the type must be one of ${FILE_TYPES.join(', ')}`);
		const size = Number(file.size ?? 0);
		if (!Number.isSafeInteger(size) || size < 0) throw fail('the size must be a whole number of bytes');
		return { key, name, file_type: fileType, size };
	});
}
