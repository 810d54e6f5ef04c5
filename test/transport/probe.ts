import type { IDataObject } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import type { ActionResult } from '../harness/run';
import { runAction } from '../harness/run';
import { credentialsFor } from '../harness/credentials';

export { credentialsFor };

export interface ProbeRequest {
	mode?: 'request' | 'all';
	method?: string;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	limit?: number;
	chatKey?: string;
}

/** Sends one request per input item through the real transport inside a real n8n execution. */
export async function probe(
	emulator: PachcaEmulator,
	request: ProbeRequest,
	options: { token?: string; items?: number; continueOnFail?: boolean } = {},
): Promise<ActionResult> {
	return await runAction(
		{
			type: 'pachcaTransportProbe',
			credentials: credentialsFor(emulator, options.token ? { accessToken: options.token } : {}),
			continueOnFail: options.continueOnFail,
			parameters: {
				mode: request.mode ?? 'request',
				method: request.method ?? 'GET',
				path: request.path,
				qs: JSON.stringify(request.qs ?? {}),
				body: JSON.stringify(request.body ?? {}),
				limit: request.limit ?? 0,
				chatKey: request.chatKey ?? '',
			},
		},
		Array.from({ length: options.items ?? 1 }, () => ({})),
	);
}
