import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * A bad parameter value, found before any request is sent: names the parameter as the editor shows it
 * and, in an action node, the item: `Buttons: row 2, button 3: the URL must start with http:// (item 0)`.
 */
export function parameterError(
	ctx: { getNode(): INode },
	label: string,
	detail: string,
	itemIndex?: number,
): NodeOperationError {
	const where = itemIndex === undefined ? '' : ` (item ${itemIndex})`;
	return new NodeOperationError(ctx.getNode(), `${label}: ${detail}${where}`, { itemIndex });
}

/** What a value was, for error messages: `undefined`, `null`, `"ten"`, `5`, `an object`, `an array`. */
export function describeValue(value: unknown): string {
	if (value === undefined || value === null) return String(value);
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
	return String(value);
}
