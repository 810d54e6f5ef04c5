import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { readTokenOwner } from '../../../shared/bots';
import type { ParameterReader } from '../../../shared/parameters';
import type { OperationExecute } from '../router';

/**
 * Bot management needs a person's token: bots:* cannot be given to a bot, so for a bot token Pachca's
 * 403 "insufficient_scope" would send the user to grant a scope that does not exist for bots.
 */
async function explainRefusal(ctx: IExecuteFunctions, error: unknown, index: number): Promise<unknown> {
	if (!(error instanceof NodeApiError) || error.httpCode !== '403') return error;
	const owner = await readTokenOwner(ctx, { itemIndex: index });
	if (owner.kind !== 'bot') return error;
	return new NodeOperationError(ctx.getNode(), 'Managing bots needs a user (admin) token, and the credential holds a bot token', {
		description:
			'Use a credential with a user token that has bots:read / bots:write (Automations → API). A bot can only change its own webhook URL: Bot → Update Own Webhook.',
		itemIndex: index,
	});
}

export function needsUserToken(execute: OperationExecute): OperationExecute {
	return async function (this: IExecuteFunctions, index: number, read: ParameterReader): Promise<INodeExecutionData[]> {
		try {
			return await execute.call(this, index, read);
		} catch (error) {
			throw await explainRefusal(this, error, index);
		}
	};
}
