import type { IDataObject } from 'n8n-workflow';

import { decodePrivateMetadata } from './metadata';

export const isFormSubmission = (payload: Record<string, unknown>): boolean =>
	payload.type === 'view' && payload.event === 'submit';

/** A submission's values by field name (`data`), or {} when it has none. */
export function formDataOf(payload: Record<string, unknown>): Record<string, unknown> {
	const data = payload.data;
	return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/**
 * What a submission adds to its item in both triggers: `fields`, the values by field name (block name)
 * as one flat object, and `metadata`, the private_metadata read back as the JSON Form → Open sent.
 */
export function formFieldsOf(payload: Record<string, unknown>): IDataObject {
	if (!isFormSubmission(payload)) return {};
	return { fields: formDataOf(payload) as IDataObject, metadata: decodePrivateMetadata(payload.private_metadata) as IDataObject };
}
