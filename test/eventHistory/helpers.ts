// Shared setup of the Event History resource tests.
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import type { ActionResult } from '../harness/run';
import type { ResourceRunOptions } from '../harness/resource';
import { runResource } from '../harness/resource';

export { credentialsFor } from '../harness/credentials';

/** Runs the Pachca node's Event History resource with these parameters on the given input items. */
export async function runEventHistory(
	emulator: PachcaEmulator,
	parameters: INodeParameters,
	input: IDataObject[] = [{}],
	options: ResourceRunOptions = {},
): Promise<ActionResult> {
	return await runResource(emulator, 'eventHistory', parameters, input, options);
}

/** The IDs of the emulator bot's history, oldest first. */
export const historyIds = (emulator: PachcaEmulator): string[] =>
	(emulator.state.history.get(emulator.botId) ?? []).map((event) => event.id).sort();

export const countStatus = (emulator: PachcaEmulator, status: number): number =>
	emulator.requests.filter((request) => request.status === status).length;
