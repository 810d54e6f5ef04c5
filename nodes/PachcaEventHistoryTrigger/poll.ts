import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { EventSelection } from '../shared/events';
import { fullMessageOf, passesFilters, readEventSelection } from '../shared/events';
import { downloadsFilesFor, withEventFiles } from '../shared/files';
import type { HistoryEvent } from '../shared/history';
import { historyEventItem, httpStatusOf, readNewestEvents } from '../shared/history';
import { ParameterReader } from '../shared/parameters';
import { acknowledgePending } from './acknowledge';
import { explainAccessError, READ_SCOPE } from './access';
import { FETCH_BUDGET_SHARE, pollBudgetMs } from './budget';
import { DEFAULT_MAX_EVENTS_PER_POLL, historyTriggerProperties, MAX_EVENTS_PER_POLL } from './description';
import { emitThenAcknowledge } from './emitThenAcknowledge';
import { fullMessageForPoll } from './fetchFailures';
import { markBacklogSeen } from './firstActivation';
import { READ_BUDGET_SHARE, readUnseen } from './readUnseen';
import { SeenState } from './state';

interface PollConfig extends EventSelection {
	acknowledge: boolean;
	firstActivation: 'onlyNew' | 'backlog';
	maxEvents: number;
}

function readPollConfig(ctx: IPollFunctions): PollConfig {
	const read = new ParameterReader(ctx, historyTriggerProperties);
	return {
		...readEventSelection(read),
		acknowledge: read.boolean('acknowledge', true),
		firstActivation: read.choice<'onlyNew' | 'backlog'>('firstActivation', 'onlyNew'),
		maxEvents: read.integer('options.maxEventsPerPoll', { min: 1, max: MAX_EVENTS_PER_POLL }, DEFAULT_MAX_EVENTS_PER_POLL),
	};
}

async function withReadScope<T>(ctx: IPollFunctions, read: Promise<T>): Promise<T> {
	try {
		return await read;
	} catch (error) {
		throw explainAccessError(ctx.getNode(), error, READ_SCOPE);
	}
}

/** Fetch Full Message, or Download Files on a new message, needs the message. */
const needsMessage = (config: PollConfig, event: HistoryEvent): boolean =>
	config.fetchFullMessage || downloadsFilesFor(event.payload, config.downloadFiles);

/** The item, with the message's files as binary data when Download Files applies to the event. */
async function eventItemWithFiles(ctx: IPollFunctions, config: PollConfig, event: HistoryEvent, extra: IDataObject) {
	const json = historyEventItem(event, extra);
	return downloadsFilesFor(event.payload, config.downloadFiles) ? await withEventFiles(ctx, json) : { json };
}

/** A test event's item: a deleted message is `message: null`; any other failure is the test run's error. */
async function toItem(ctx: IPollFunctions, config: PollConfig, event: HistoryEvent): Promise<INodeExecutionData> {
	const extra: IDataObject = needsMessage(config, event)
		? await fullMessageOf(ctx, event.payload).catch((error: unknown) => {
				if (httpStatusOf(error) === 404) return { message: null };
				throw error;
			})
		: {};
	return await eventItemWithFiles(ctx, config, event, extra);
}

/** "Fetch Test Event": the newest event that passes the filters; nothing is recorded or deleted. */
async function newestForManualRun(ctx: IPollFunctions, config: PollConfig): Promise<INodeExecutionData[][]> {
	const events = await withReadScope(ctx, readNewestEvents.call(ctx, 50));
	const newest = events.reverse().find((event) => passesFilters(event.payload, config.filters));
	if (!newest) {
		throw new NodeOperationError(ctx.getNode(), 'No event in the bot\'s history matches the selected events and filters', {
			description:
				'Send the bot a message (or cause another selected event), check that "Save event history" is on in the bot\'s Outgoing webhook tab, then fetch again.',
		});
	}
	return [[await toItem(ctx, config, newest)]];
}

/**
 * One poll: delete what the previous polls emitted, read the history within the poll's time budget
 * (see readUnseen), emit the unseen ones oldest first. Each event is
 * emitted at least once: the state that records it is saved by n8n when this poll returns.
 */
export async function pollHistory(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const startedAt = Date.now();
	const config = readPollConfig(this);
	if (this.getMode() === 'manual') return await newestForManualRun(this, config);

	const staticData = this.getWorkflowStaticData('node');
	const state = SeenState.load(staticData);
	// With Acknowledge Events off, deletes left from when it was on are dropped, not kept forever.
	state.pending = config.acknowledge ? await acknowledgePending.call(this, state.pending) : [];

	if (!state.started) {
		state.started = true;
		if (config.firstActivation === 'onlyNew') {
			await withReadScope(this, markBacklogSeen(this, state));
			state.save(staticData);
			return null;
		}
	}

	const budgetMs = pollBudgetMs(this);
	const readStopAt = startedAt + budgetMs * READ_BUDGET_SHARE;
	const fetchStopAt = startedAt + budgetMs * FETCH_BUDGET_SHARE;
	const read = await withReadScope(this, readUnseen.call(this, state, config.maxEvents, readStopAt));

	const items: INodeExecutionData[] = [];
	const emitted = new Set<string>();
	const handled: HistoryEvent[] = [];
	for (const event of read.events) {
		if (passesFilters(event.payload, config.filters)) {
			// Past the budget, this event and the later ones wait for the next poll; one goes out at least.
			// Downloads count as fetches: a failed one is files_error on the item, never a held event.
			if (needsMessage(config, event) && handled.length > 0 && Date.now() >= fetchStopAt) break;
			const extra = needsMessage(config, event) ? await fullMessageForPoll(this, state, event) : {};
			// Held for the next poll, and so are the later ones: events go out oldest first.
			if (extra === undefined) break;
			items.push(await eventItemWithFiles(this, config, event, extra));
			emitted.add(event.id);
		}
		handled.push(event);
	}
	// Only now, with every item built: a failure above leaves the state as it was, to retry next poll.
	for (const event of handled) {
		state.markSeen(event.id);
		// Filtered out: no execution to wait for.
		if (config.acknowledge && !emitted.has(event.id)) state.acknowledgeLater(event.id);
	}
	read.settle();
	state.save(staticData);
	if (items.length === 0) return null;
	if (!config.acknowledge) return [items];
	emitThenAcknowledge.call(this, staticData, items, [...emitted]);
	return null;
}
