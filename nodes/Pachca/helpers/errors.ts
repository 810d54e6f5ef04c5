import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * A bad parameter value, found before any request is sent: names the parameter (as the user sees it)
 * and the item, e.g. `Buttons: row 2, button 3: the URL must start with http:// or https:// (item 0)`.
 */
export function parameterError(
	ctx: IExecuteFunctions,
	label: string,
	detail: string,
	itemIndex: number,
): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `${label}: ${detail} (item ${itemIndex})`, { itemIndex });
}
