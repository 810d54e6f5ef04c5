// Shared setup of the Pachca Event History Trigger tests: a trigger whose static data lives across polls.
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { credentialsFor } from '../harness/credentials';
import type { PollOptions } from '../harness/poll';
import { runPoll } from '../harness/poll';
import type { NodeUnderTest } from '../harness/workflow';

export interface HistoryTrigger {
	spec: NodeUnderTest & { staticData: IDataObject };
	/** every item emitted so far, poll after poll */
	emitted: IDataObject[];
	/** one poll; returns the items it emitted */
	poll(options?: PollOptions): Promise<IDataObject[]>;
}

let serial = 0;

/** A Pachca Event History Trigger on the emulator bot's token (Process the Existing Backlog unless told). */
export function historyTrigger(
	emulator: PachcaEmulator,
	parameters: INodeParameters = {},
	token?: string,
): HistoryTrigger {
	const spec = {
		type: 'pachcaEventHistoryTrigger',
		parameters: { events: ['*'], firstActivation: 'backlog', ...parameters },
		credentials: credentialsFor(emulator, token ? { accessToken: token } : {}),
		workflowId: `wf-history-${++serial}`,
		staticData: {} as IDataObject,
	};
	const trigger: HistoryTrigger = {
		spec,
		emitted: [],
		async poll(options?: PollOptions) {
			const result = await runPoll(spec, options);
			const items = (result?.[0] ?? []).map((item) => item.json);
			trigger.emitted.push(...items);
			return items;
		},
	};
	return trigger;
}

export const idsOf = (items: IDataObject[]): string[] => items.map((item) => String(item.event_id));

/** The IDs left in the emulator bot's history, oldest first. */
export const historyIds = (emulator: PachcaEmulator): string[] =>
	(emulator.state.history.get(emulator.botId) ?? []).map((event) => event.id).sort();

export const requestCount = (emulator: PachcaEmulator, method: string): number =>
	emulator.requests.filter((request) => request.method === method).length;
