import type { INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { MessageTarget } from '../../actions/message/compose';
import * as send from '../../actions/message/send.operation';

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

/** Where the message goes, read through the typed reader: a chat, a user (direct message) or a thread. */
export function readMessageTarget(read: ParameterReader): MessageTarget {
	const sendTo = read.choice<'chat' | 'user' | 'thread'>('sendTo', 'chat');
	if (sendTo === 'user') return { entityType: 'user', entityId: read.id('userId') };
	if (sendTo === 'thread') return { entityType: 'thread', entityId: read.id('threadId') };
	return { entityType: 'discussion', entityId: read.locatorId('chatId', 'chat') };
}
