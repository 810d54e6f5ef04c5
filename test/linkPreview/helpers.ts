import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import type { ActionResult } from '../harness/run';
import type { ResourceRunOptions } from '../harness/resource';
import { runResource } from '../harness/resource';

export { emulatorPerFile } from '../harness/emulator';
export { requestsTo, rl } from '../message/helpers';

/** Runs Link Preview → Create, by default with the emulator bot's token (an Unfurl bot tracking example.com). */
export async function runLinkPreview(
	emulator: PachcaEmulator,
	parameters: INodeParameters,
	input: IDataObject[] = [{}],
	options: ResourceRunOptions = {},
): Promise<ActionResult> {
	return await runResource(emulator, 'linkPreview', { operation: 'create', ...parameters }, input, options);
}
