import type { IBinaryData, IBinaryKeyData, IDataObject, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import type { StoredUpload } from '../emulator/routes/uploads';
import { DIRECT_UPLOAD_PATH, uploadStore } from '../emulator/routes/uploads';
import { credentialsFor } from '../harness/credentials';
import type { ActionResult } from '../harness/run';
import { runAction } from '../harness/run';

export { DIRECT_UPLOAD_PATH, uploadStore };

/** A 1×1 PNG (a real image: signature, IHDR, IDAT, IEND). */
export const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64',
);

/** A small PDF, with bytes above 0x7f so any text re-encoding on the way would show. */
export const PDF = Buffer.concat([
	Buffer.from('%PDF-1.4\n%'),
	Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
	Buffer.from('\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
]);

/** An n8n binary property held in memory (n8n's default binary mode), as a Read File or HTTP node makes it. */
export function binaryOf(bytes: Buffer, fileName: string, mimeType: string): IBinaryData {
	const dot = fileName.lastIndexOf('.');
	return {
		data: bytes.toString('base64'),
		mimeType,
		fileName,
		...(dot > 0 ? { fileExtension: fileName.slice(dot + 1) } : {}),
		fileSize: `${bytes.length} B`,
	};
}

/** Runs the Pachca node's Message resource; `binary[i]` is input item i's binary data. */
export async function runWithBinary(
	emulator: PachcaEmulator,
	parameters: INodeParameters,
	binary: IBinaryKeyData[],
	options: { input?: IDataObject[]; continueOnFail?: boolean; token?: string } = {},
): Promise<ActionResult> {
	return await runAction(
		{
			parameters: { resource: 'message', ...parameters },
			credentials: credentialsFor(emulator, options.token ? { accessToken: options.token } : {}),
			continueOnFail: options.continueOnFail,
		},
		options.input ?? binary.map(() => ({})),
		binary,
	);
}

/** The files the emulator's storage accepted through the direct upload, in the order they arrived (seeded ones left out). */
export const storedFiles = (emulator: PachcaEmulator): StoredUpload[] =>
	[...uploadStore(emulator.state).stored.values()].filter((upload) => !upload.seeded);

/** Method and path of every request, in order (the storage's path included). */
export const requestLine = (emulator: PachcaEmulator): string[] => emulator.requests.map((r) => `${r.method} ${r.path}`);
