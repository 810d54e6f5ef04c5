/**
 * A form's private_metadata travels as a string (the spec's OpenViewRequest.private_metadata). Form →
 * Open sends any JSON value as its JSON text; the trigger reads it back parsed, so an object comes back
 * an object. Text that is not JSON (a form opened by another client) comes back as it is.
 */
export function encodePrivateMetadata(value: unknown): string {
	return JSON.stringify(value);
}

export function decodePrivateMetadata(text: unknown): unknown {
	if (typeof text !== 'string') return text ?? null;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text; // not ours: handed on unchanged
	}
}
