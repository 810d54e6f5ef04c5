import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { EmulatorOptions, LoggedRequest } from '../emulator';
import { PachcaEmulator } from '../emulator';
import type { ActionResult } from '../harness/run';
import { runAction } from '../harness/run';
import type { PachcaCredentialData } from '../harness/workflow';

/**
 * One emulator for the whole test file: started before the first test (then `onStart` seeds it),
 * stopped after the last, its request log cleared before each test.
 */
export function emulatorPerFile(onStart: (emulator: PachcaEmulator) => void, options: EmulatorOptions = { rateLimits: false }): void {
	let emulator: PachcaEmulator | undefined;
	beforeAll(async () => {
		emulator = await PachcaEmulator.start(options);
		onStart(emulator);
	});
	afterAll(async () => {
		await emulator?.stop();
	});
	beforeEach(() => emulator?.clearRequests());
}

export type LocatorMode = 'id' | 'list' | 'url';

/** A resource-locator parameter value as n8n stores it. */
export const rl = (mode: LocatorMode, value: string | number) => ({ __rl: true, mode, value: String(value) });

export function credentialsFor(emulator: PachcaEmulator): PachcaCredentialData {
	return {
		baseUrl: emulator.baseUrl,
		accessToken: emulator.botToken,
		signingSecret: emulator.signingSecret,
		webhookAllowedIps: '',
	};
}

/** Runs the Pachca node's Message resource with these parameters on the given input items. */
export async function runMessage(
	emulator: PachcaEmulator,
	parameters: INodeParameters,
	input: IDataObject[] = [{}],
	options: { continueOnFail?: boolean } = {},
): Promise<ActionResult> {
	return await runAction(
		{
			parameters: { resource: 'message', ...parameters },
			credentials: credentialsFor(emulator),
			continueOnFail: options.continueOnFail,
		},
		input,
	);
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
 * A file already uploaded to Pachca under `path`: `field` is its entry in the node's Files field,
 * `api` the `files` item the API must receive for it.
 */
export function uploadedFile(path: string, fileType = 'file', size = 1) {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return {
		field: { key: path, name, fileType, size },
		api: { key: path, name, file_type: fileType, size },
	};
}
