import { tryToParseDateTime } from 'n8n-workflow';

/** `YYYY-MM-DD` at the start of a text: a calendar date that must exist. */
const CALENDAR_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/** False for 30 February and the like, which the parser's last fallback (Date.parse) rolls over. */
function calendarDateExists(text: string): boolean {
	const match = CALENDAR_DATE.exec(text);
	if (!match) return true;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date and time as n8n's own nodes read it (`tryToParseDateTime`): a value without an offset, as
 * the editor's date picker gives it, is wall time in `timezone` (the workflow's); an explicit offset
 * wins. Undefined for anything that is not an existing date.
 */
export function parseDateTime(value: unknown, timezone: string): Date | undefined {
	return parseZoned(value, timezone)?.toJSDate();
}

/**
 * The same moment as ISO 8601 text with its offset kept (`2026-12-08T10:00:00.000+03:00`): for a
 * field whose meaning depends on the wall time (Pachca reads 23:59:59 as "all day").
 */
export function formatDateTime(value: unknown, timezone: string): string | undefined {
	return parseZoned(value, timezone)?.toISO() ?? undefined;
}

function parseZoned(value: unknown, timezone: string): ReturnType<typeof tryToParseDateTime> | undefined {
	if (value === null || value === undefined || value === '') return undefined;
	if (typeof value === 'string' && !calendarDateExists(value)) return undefined;
	try {
		const parsed = tryToParseDateTime(value, timezone);
		return parsed.isValid ? parsed : undefined;
	} catch {
		return undefined; // not a date: the caller names the parameter
	}
}
