import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { credentialsFor } from './credentials';
import type { ActionResult } from './run';
import { runAction } from './run';

export interface ResourceRunOptions {
	/** the credential's token; the emulator bot's by default */
	token?: string;
	continueOnFail?: boolean;
	/** the workflow's Timezone setting (n8n's default otherwise) */
	timezone?: string;
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
		},
		input,
	);
}
