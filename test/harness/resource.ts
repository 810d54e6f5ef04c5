import type { IDataObject, INodeListSearchResult, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { credentialsFor } from './credentials';
import type { ActionResult } from './run';
import { runAction, runListSearch } from './run';

export interface ResourceRunOptions {
	/** the credential's token; the emulator bot's by default */
	token?: string;
	continueOnFail?: boolean;
	/** the workflow's Timezone setting (n8n's default otherwise) */
	timezone?: string;
	/** the node's saved version (1 unless given) */
	typeVersion?: number;
}

/** Runs the Pachca node on one resource with these parameters, against the emulator, on the given items. */
export async function runResource(
	emulator: PachcaEmulator,
	resource: string,
	parameters: INodeParameters,
	input: IDataObject[] = [{}],
	options: ResourceRunOptions = {},
): Promise<ActionResult> {
	return await runAction(
		{
			parameters: { resource, ...parameters },
			credentials: credentialsFor(emulator, options.token ? { accessToken: options.token } : {}),
			continueOnFail: options.continueOnFail,
			timezone: options.timezone,
			typeVersion: options.typeVersion,
		},
		input,
	);
}

/** A picker of the Pachca node (a listSearch method) asked for one page, as the editor asks for it. */
export async function searchPicker(
	emulator: PachcaEmulator,
	where: { resource: string; operation: string; method: string; token: string; typeVersion?: number },
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await runListSearch(
		{
			type: 'pachca',
			typeVersion: where.typeVersion,
			parameters: { resource: where.resource, operation: where.operation },
			credentials: credentialsFor(emulator, { accessToken: where.token }),
		},
		where.method,
		filter,
		paginationToken,
	);
}
