import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { LoggedRequest, PachcaEmulator } from '../emulator';
import type { ActionResult } from '../harness/run';
import { runResource } from '../harness/resource';
import { credentialsFor } from '../harness/credentials';
import { emulatorPerFile } from '../harness/emulator';

export { emulatorPerFile };

export type LocatorMode = 'id' | 'list' | 'url';

/** A resource-locator parameter value as n8n stores it. */
export const rl = (mode: LocatorMode, value: string | number) => ({ __rl: true, mode, value: String(value) });

export { credentialsFor };

/** Runs the Pachca node's Message resource with these parameters on the given input items. */
export async function runMessage(
	emulator: PachcaEmulator,
	parameters: INodeParameters,
	input: IDataObject[] = [{}],
	options: { continueOnFail?: boolean } = {},
): Promise<ActionResult> {
	return await runResource(emulator, 'message', parameters, input, options);
}

/** The requests the emulator logged with this method and path (path as a string or a pattern). */
export function requestsTo(emulator: PachcaEmulator, method: string, path: string | RegExp): LoggedRequest[] {
	return emulator.requests.filter(
		(r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
	);
}

/** A stored emulator record as it travels over JSON (what the node receives). */
export const asJson = (value: unknown): IDataObject => JSON.parse(JSON.stringify(value)) as IDataObject;

/**
 * The entries for a file under `path`: `field` in the node's Files field, `api` the `files` item the
 * API must receive. Nothing is uploaded: for input the node refuses before sending.
 */
export function fileEntry(path: string, fileType = 'file', size = 1) {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return {
		field: { key: path, name, fileType, size },
		api: { key: path, name, file_type: fileType, size },
	};
}

/** A file the bot's token already uploaded under `path` (the emulator attaches only uploaded files). */
export function uploadedFile(emulator: PachcaEmulator, path: string, fileType = 'file', size = 1) {
	emulator.seedUpload(path);
	return fileEntry(path, fileType, size);
}
