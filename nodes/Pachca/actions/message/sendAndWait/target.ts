import type { INodeProperties } from 'n8n-workflow';

import * as send from '../send.operation';

/** Send's "Send To" and the field of each choice: the same fields, so both operations read alike. */
const TARGET_FIELDS = ['sendTo', 'chatId', 'userId', 'threadId'];

/**
 * Send's target fields, shown for another operation instead of Send. Taken from Send's description
 * rather than written again, so the two cannot drift apart.
 */
export function targetProperties(operation: string): INodeProperties[] {
	return send.description
		.filter((property) => TARGET_FIELDS.includes(property.name))
		.map((property) => ({
			...property,
			displayOptions: {
				...property.displayOptions,
				show: { ...property.displayOptions?.show, operation: [operation] },
			},
		}));
}
