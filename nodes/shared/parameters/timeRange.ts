import type { ParameterReader } from './reader';

/** The two parameters of a time range, by path (`filters.createdFrom`). */
export interface TimeRangeParameters {
	from: string;
	to: string;
}

/** The moments a range starts and ends at; a side the user did not set is undefined. */
export interface TimeRange {
	from?: Date;
	to?: Date;
}

/** A date filter: not added or left empty = no filter; anything else must be a date. */
function optionalMoment(read: ParameterReader, path: string): Date | undefined {
	if (!read.given(path) || read.raw(path, undefined) === '') return undefined;
	return read.dateTime(path);
}

/**
 * The one reader of a from/to pair of dates: each read in the workflow's timezone (a value without an
 * offset is wall time there), and a start after the end is an error naming both parameters, before
 * anything is sent (Pachca would return nothing, which looks like "no results").
 */
export function readTimeRange(read: ParameterReader, parameters: TimeRangeParameters): TimeRange {
	const from = optionalMoment(read, parameters.from);
	const to = optionalMoment(read, parameters.to);
	if (from && to && from.getTime() > to.getTime()) {
		throw read.fail(parameters.from, `${from.toISOString()} is later than ${read.label(parameters.to)} (${to.toISOString()})`);
	}
	return { from, to };
}
