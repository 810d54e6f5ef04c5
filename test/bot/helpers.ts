import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import type { ActionResult } from '../harness/run';
import { runAction } from '../harness/run';
import { credentialsFor } from '../harness/credentials';

export { emulatorPerFile } from '../harness/emulator';
export { asJson, requestsTo } from '../message/helpers';

/** Runs the Pachca node's Bot resource, by default with the emulator's user (admin) token. */
export async function runBot(
	emulator: PachcaEmulator,
	parameters: INodeParameters,
	input: IDataObject[] = [{}],
	options: { token?: string; continueOnFail?: boolean } = {},
): Promise<ActionResult> {
	return await runAction(
		{
			parameters: { resource: 'bot', ...parameters },
			credentials: credentialsFor(emulator, { accessToken: options.token ?? emulator.userToken }),
			continueOnFail: options.continueOnFail,
		},
		input,
	);
}
