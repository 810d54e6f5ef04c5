/**
 * A Pachca ID (chat, message, user, bot): a positive safe integer, given as a number or as digits.
 * Returns undefined for anything else, so each caller words its own error.
 */
export function parsePositiveId(value: unknown): number | undefined {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^\d+$/.test(text)) return undefined;
	const id = Number(text);
	return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
