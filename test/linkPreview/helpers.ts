import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import type { ActionResult } from '../harness/run';
import { runAction } from '../harness/run';
import { credentialsFor } from '../harness/credentials';

export { emulatorPerFile } from '../harness/emulator';
export { requestsTo, rl } from '../message/helpers';

/** Runs Link Preview → Create, by default with the emulator bot's token (an Unfurl bot tracking example.com). */
export async function runLinkPreview(
	emulator: PachcaEmulator,
	parameters: INodeParameters,
	input: IDataObject[] = [{}],
	options: { token?: string; continueOnFail?: boolean } = {},
): Promise<ActionResult> {
	return await runAction(
		{
			parameters: { resource: 'linkPreview', operation: 'create', ...parameters },
			credentials: credentialsFor(emulator, options.token ? { accessToken: options.token } : {}),
			continueOnFail: options.continueOnFail,
		},
		input,
	);
}
