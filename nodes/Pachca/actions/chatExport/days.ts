import type { ParameterReader } from '../../../shared/parameters';
import { readTimeRange } from '../../../shared/parameters';

/** The calendar day (YYYY-MM-DD) a moment falls on in `timezone`. */
export function dayIn(moment: Date, timezone: string): string {
	const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(moment);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The export's first and last day (the spec's `format: date`), both required: each is the day written,
 * read in the workflow's timezone (a date picked at 00:00 stays that day), and the first is not after the last.
 */
export function readExportDays(read: ParameterReader, timezone: string): { start: string; end: string } {
	for (const path of ['startDate', 'endDate']) if (!read.has(path)) throw read.fail(path, 'is empty');
	const { from, to } = readTimeRange(read, { from: 'startDate', to: 'endDate' });
	return { start: dayIn(from!, timezone), end: dayIn(to!, timezone) };
}
