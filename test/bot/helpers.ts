import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import type { ActionResult } from '../harness/run';
import type { ResourceRunOptions } from '../harness/resource';
import { runResource } from '../harness/resource';

export { emulatorPerFile } from '../harness/emulator';
export { asJson, requestsTo } from '../message/helpers';

/** Runs the Pachca node's Bot resource, by default with the emulator's user (admin) token. */
export async function runBot(
	emulator: PachcaEmulator,
	parameters: INodeParameters,
	input: IDataObject[] = [{}],
	options: ResourceRunOptions = {},
): Promise<ActionResult> {
	return await runResource(emulator, 'bot', parameters, input, { ...options, token: options.token ?? emulator.userToken });
}
