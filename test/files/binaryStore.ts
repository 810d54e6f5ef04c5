/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// n8n 2.x keeps binary data in its filesystem store by default: the item carries an `id`, not the
// bytes. This puts test files there, as an n8n node before ours would.
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import type { IBinaryData } from 'n8n-workflow';
import { BinaryDataService } from 'n8n-core';

let service: BinaryDataService | undefined;

/** n8n-core reads its services from its own copy of @n8n/di: the store is initialised there. */
async function binaryDataService(): Promise<BinaryDataService> {
	if (!service) {
		const diPath = require.resolve('@n8n/di', { paths: [dirname(require.resolve('n8n-core'))] });
		const { Container } = (await import(diPath)) as { Container: { get<T>(type: new (...args: never[]) => T): T } };
		service = Container.get(BinaryDataService);
		await service.init();
	}
	return service;
}

/** Stores the bytes (a Buffer, or a stream for files too large to hold) in n8n's binary data store. */
export async function storedBinary(bytes: Buffer | Readable, fileName: string, mimeType: string): Promise<IBinaryData> {
	const location = { type: 'execution' as const, workflowId: 'wf-test', executionId: 'exec-test' };
	return await (await binaryDataService()).store(location, bytes, { data: '', fileName, mimeType });
}

/** A stored binary's bytes as a stream (for checks on files too large to hold). */
export async function storedStream(binary: IBinaryData): Promise<Readable> {
	if (!binary.id) throw new Error(`${binary.fileName ?? 'The binary'} is not in n8n's binary data store`);
	return await (await binaryDataService()).getAsStream(binary.id);
}
