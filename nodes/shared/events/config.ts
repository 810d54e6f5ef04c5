import type { ParameterReader } from '../parameters';
import type { EventFilters } from './filters';
import { parseCommands } from './filters';

export interface EventSelection {
	filters: EventFilters;
	fetchFullMessage: boolean;
	/** Download Files: a new message's files as binary data of its item */
	downloadFiles: boolean;
}

/** The events and filters of a trigger (its Events parameter and its Options collection), checked. */
export function readEventSelection(read: ParameterReader): EventSelection {
	const events = read.choices<string>('events');
	if (events.length === 0) throw read.fail('events', 'select at least one event (or "All Events")');
	const commands = parseCommands(read.text('options.commands'));
	if (commands.includes('/')) throw read.expected('options.commands', 'commands such as /task', '/');
	return {
		filters: {
			events,
			chatIds: read.idList('options.chatIds'),
			commands,
			ignoreUserIds: read.idList('options.ignoreUserIds'),
		},
		fetchFullMessage: read.boolean('options.fetchFullMessage', false),
		downloadFiles: read.boolean('options.downloadFiles', false),
	};
}
