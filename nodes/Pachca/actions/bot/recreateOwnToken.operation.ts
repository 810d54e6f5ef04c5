import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { explainRefusal, needsBotToken } from '../../../shared/hints';
import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { newTokenItem, newTokenNotice } from './newToken';
import { BOT_ROUTES } from './routes';

const properties: INodeProperties[] = [
	newTokenNotice("the token in this node's credential"),
	{
		displayName:
			'Every later node that uses this credential fails until the new token is in it. Needs the bot\'s own token with bot_self:write.',
		name: 'recreateOwnTokenNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['bot'], operation: ['recreateOwnToken'] } }, properties);

const NEEDS_BOT = needsBotToken('Recreate Own Token', 'use Bot → Recreate Token with the Bot ID and a user token with bots:write');

/** POST /bot/recreate_token: the bot whose token is in the credential gets a new one, no Bot ID. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	_read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	try {
		const response = await pachcaApiRequest.call(this, BOT_ROUTES.recreateOwnToken, { itemIndex: index, gate });
		return [newTokenItem(response, index)];
	} catch (error) {
		throw await explainRefusal(this, error, { itemIndex: index, gate }, NEEDS_BOT);
	}
}
