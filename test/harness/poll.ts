import { PollContext } from 'n8n-core';
import type { IDataObject, INodeExecutionData, INodeType, IPollFunctions, IRun, WorkflowExecuteMode } from 'n8n-workflow';

import type { NodeUnderTest } from './workflow';
import { buildWorkflow, nodeTypes } from './workflow';

/**
 * How an active workflow's poll treats static data in n8n 2.x (read in n8n-io/n8n):
 *
 * - `legacy` (the default, an "unmigrated" poll node). packages/cli active-workflow-manager.ts
 *   `getExecutePollFunctions`: the node gets the real bucket of the Workflow object that ActiveWorkflows
 *   keeps for as long as the workflow is active, and mutates it in place. `__emit` calls
 *   `workflowStaticDataService.saveStaticData(workflow)` and then runs the workflow; a poll that returns
 *   null reaches `__commitCursor` (packages/core poll-trigger-executor.ts), which has no staged cursor
 *   to commit for such a node, so nothing is saved; a poll that throws goes to `__emitError`, nothing is
 *   saved. What was not saved survives in memory until n8n stops, and is lost then.
 * - `durable` (a node migrated to `poller_state`): `__runPoll` hands the node a clone of the stored
 *   cursor; `__emit` takes the changed clone and commits it with the execution (`runPolledWorkflow`),
 *   `__commitCursor` commits it after a null poll, and a poll that throws leaves it uncommitted.
 */
export type StaticDataMode = 'legacy' | 'durable';

export interface PollOptions {
	/** 'trigger' (default): an active workflow's poll; 'manual': the editor's "Fetch Test Event" */
	mode?: WorkflowExecuteMode;
	/** default 'legacy' */
	staticData?: StaticDataMode;
	/**
	 * n8n stops (crash or restart) after this poll: 'afterPoll' once the poll was handed off, so only
	 * what n8n saved survives; 'beforeSave' while the emit's save (which n8n does not await) is in flight.
	 */
	stop?: 'afterPoll' | 'beforeSave';
	/** the time n8n gives the poll (`getPollBudgetMs`); n8n-core's default is 5 minutes */
	pollBudgetMs?: number;
	/** an n8n whose poll context has no `getPollBudgetMs` (our peer range is `*`) */
	withoutPollBudget?: boolean;
	/** how the execution started by this poll's items ends, reported to a node that asked (donePromise) */
	runOutcome?: 'success' | 'error';
	/** called while the poll runs, when the node asks for its static data for the first time */
	onPollStart?: () => void;
}

/** The static data each workflow holds in memory while "n8n" runs: the Workflow object of ActiveWorkflows. */
const inMemory = new WeakMap<NodeUnderTest, IDataObject>();

const copy = (data: IDataObject): IDataObject => JSON.parse(JSON.stringify(data)) as IDataObject;

function replace(target: IDataObject, source: IDataObject): void {
	for (const key of Object.keys(target)) delete target[key];
	Object.assign(target, copy(source));
}

function finishedRun(outcome: 'success' | 'error'): IRun {
	return {
		data: { resultData: { runData: {}, ...(outcome === 'error' ? { error: { message: 'downstream node failed' } } : {}) } },
		finished: outcome === 'success',
		mode: 'trigger',
		startedAt: new Date(),
		stoppedAt: new Date(),
		status: outcome,
	} as unknown as IRun;
}

/**
 * Runs a polling trigger once through n8n-core's PollContext, as PollTriggerExecutor does: the poll,
 * then `__emit` for items (which saves static data, see above) or the cursor commit for null.
 * `spec.staticData` is what n8n's database holds.
 */
export async function runPoll(spec: NodeUnderTest, options: PollOptions = {}): Promise<INodeExecutionData[][] | null> {
	spec.staticData ??= {};
	const database = spec.staticData;
	const durable = options.staticData === 'durable';
	const memory = durable ? copy(database) : (inMemory.get(spec) ?? copy(database));
	if (!durable) inMemory.set(spec, memory);
	const { workflow, node, additionalData } = buildWorkflow({ ...spec, staticData: memory });
	const save = () => {
		if (options.stop !== 'beforeSave') replace(database, workflow.staticData as IDataObject);
	};
	const outcomes: Array<Promise<void>> = [];
	let emitted: INodeExecutionData[][] | null = null;
	const emit: IPollFunctions['__emit'] = (data, _response, done) => {
		save();
		emitted = data;
		if (done) outcomes.push(Promise.resolve().then(() => done.resolve(finishedRun(options.runOutcome ?? 'success'))));
	};
	const budget = options.pollBudgetMs;
	let started = false;
	const context = new PollContext(
		workflow,
		node,
		additionalData,
		options.mode ?? 'trigger',
		'activate',
		emit,
		undefined,
		undefined,
		undefined,
		() => {
			if (!started) options.onPollStart?.();
			started = true;
			return workflow.getStaticData('node', node);
		},
		budget === undefined ? undefined : () => budget,
	);
	if (options.withoutPollBudget) Object.defineProperty(context, 'getPollBudgetMs', { value: undefined });
	const nodeType = nodeTypes.getByNameAndVersion(node.type, node.typeVersion) as INodeType;
	try {
		const result = await nodeType.poll!.call(context);
		if (result !== null && options.mode !== 'manual') emit(result);
		else if (durable && options.mode !== 'manual') save();
		await Promise.all(outcomes);
		return result ?? emitted;
	} finally {
		if (options.stop) inMemory.delete(spec);
	}
}
