import type { IExecuteFunctions, INodeParameterResourceLocator, NodeOperationError } from 'n8n-workflow';

import { parsePositiveId } from './ids';
import { parameterError } from './errors';

/** Pachca links: https://app.pachca.com/chats/124511?message=56431 */
const CHAT_URL = /^https?:\/\/[^/]+\/chats\/(\d+)(?:[/?#]|$)/;
const MESSAGE_URL = /^https?:\/\/[^/]+\/chats\/\d+\?(?:[^#]*&)?message=(\d+)(?:[&#]|$)/;

export const URL_PATTERNS = { chat: CHAT_URL, message: MESSAGE_URL } as const;

function invalid(
	ctx: IExecuteFunctions,
	label: string,
	value: unknown,
	expected: string,
	itemIndex: number,
): NodeOperationError {
	return parameterError(ctx, label, `${JSON.stringify(value)} is not ${expected}`, itemIndex);
}

/** A positive integer ID: Pachca IDs of chats, messages, users and bots. */
export function toPositiveId(
	ctx: IExecuteFunctions,
	label: string,
	value: unknown,
	itemIndex: number,
): number {
	const id = parsePositiveId(value);
	if (id === undefined) throw invalid(ctx, label, value, 'a positive numeric ID', itemIndex);
	return id;
}

/**
 * Reads a resource-locator parameter (list / ID / Pachca URL) as a numeric ID, with an error that
 * names the parameter and the item when the value does not parse.
 */
export function getLocatorId(
	ctx: IExecuteFunctions,
	parameter: string,
	label: string,
	kind: keyof typeof URL_PATTERNS,
	itemIndex: number,
): number {
	const raw = ctx.getNodeParameter(parameter, itemIndex, undefined, { extractValue: false }) as
		| INodeParameterResourceLocator
		| string
		| number;
	if (typeof raw !== 'object' || raw === null) return toPositiveId(ctx, label, raw, itemIndex);
	if (raw.mode === 'url') {
		const match = URL_PATTERNS[kind].exec(String(raw.value ?? '').trim());
		if (!match) throw invalid(ctx, label, raw.value, `a Pachca ${kind} URL`, itemIndex);
		return Number(match[1]);
	}
	return toPositiveId(ctx, label, raw.value, itemIndex);
}
