import type { IDataObject, INodeExecutionData, IPollFunctions, IRun } from 'n8n-workflow';

import { SeenState } from './state';

/** An execution that ended without an error (or paused in a Wait node): its events may be deleted. */
function succeeded(run: IRun | undefined): boolean {
	if (run === undefined || run.data?.resultData?.error !== undefined) return false;
	return run.status === 'success' || run.status === 'waiting';
}

/**
 * Starts the execution with n8n's donePromise (the poll returns null then), and marks the events for
 * deletion on the next poll only when that execution succeeded. A failed execution's events stay in
 * the bot's history, already seen: they are not emitted again, and n8n's execution list holds the run
 * to retry. n8n calls the promise after the poll ended; the state it changes is the one in memory,
 * which n8n saves with the next emit.
 */
export function emitThenAcknowledge(
	this: IPollFunctions,
	staticData: IDataObject,
	items: INodeExecutionData[],
	eventIds: string[],
): void {
	const done = this.helpers.createDeferredPromise<IRun | undefined>();
	this.__emit([items], undefined, done);
	const keep = (why: string) =>
		this.logger.warn(
			`Pachca Event History Trigger: ${eventIds.length} event(s) stay in the bot's history (not acknowledged) because ${why}: ${eventIds.join(', ')}`,
		);
	void done.promise.then(
		(run) => {
			if (!succeeded(run)) return keep(`their execution ended with status ${run?.status ?? 'unknown'}`);
			const state = SeenState.load(staticData);
			for (const id of eventIds) state.acknowledgeLater(id);
			state.save(staticData);
		},
		(error: unknown) => keep(`n8n reported no outcome of their execution (${error instanceof Error ? error.message : String(error)})`),
	);
}
