import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ownerOf } from '../../../shared/bots';
import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { CREDENTIAL_ROUTES } from './routes';

const properties: INodeProperties[] = [
	{
		displayName: 'Scopes to Check',
		name: 'requiredScopes',
		type: 'string',
		default: '',
		placeholder: 'e.g. messages:create, chats:read',
		description:
			'Scopes the workflow needs, separated by commas: the output lists the ones the token lacks in missing_scopes. Empty = no check.',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['credential'], operation: ['getTokenInfo'] } }, properties);

/** A scope as the spec's OAuthScope writes them: `messages:create`, `bot_self:webhook:write`. */
const SCOPE = /^[a-z_]+(?::[a-z_]+)+$/;

function readRequiredScopes(read: ParameterReader): string[] {
	const scopes = read
		.text('requiredScopes')
		.split(',')
		.map((scope) => scope.trim())
		.filter((scope) => scope !== '');
	const bad = scopes.find((scope) => !SCOPE.test(scope));
	if (bad !== undefined) throw read.fail('requiredScopes', `"${bad}" is not a scope (like messages:create)`);
	return scopes;
}

/**
 * GET /oauth/token/info: the credential's token as Pachca sees it (masked, its scopes), whose it is
 * (token_type: bot or user) and, when asked, the scopes it lacks. Any token may call it.
 */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const required = readRequiredScopes(read);
	const response = await pachcaApiRequest.call(this, CREDENTIAL_ROUTES.tokenInfo, { itemIndex: index, gate });
	const info = (response.data ?? {}) as IDataObject;
	const owner = ownerOf(info);
	const json: IDataObject = { ...info, token_type: owner.kind };
	if (required.length > 0) json.missing_scopes = required.filter((scope) => !owner.scopes.includes(scope));
	return [{ json, pairedItem: { item: index } }];
}
