/**
 * A Pachca ID (chat, message, user, bot, thread): a positive safe integer, given as a number or as
 * digits. Returns undefined for anything else, so each caller words its own error.
 */
export function parsePositiveId(value: unknown): number | undefined {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^\d+$/.test(text)) return undefined;
	const id = Number(text);
	return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** A ULID (event history IDs): 26 characters of Crockford's base 32. Case-insensitive; returned upper-case. */
const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;

export function parseUlid(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	return ULID.test(text) ? text.toUpperCase() : undefined;
}
