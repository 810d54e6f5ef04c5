import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { adminScopeHint, explainRefusal } from '../hints';
import type { RequestOptions, Route } from '../transport';
import { pachcaApiRequest } from '../transport';

/**
 * A request that manages people: a refusal of a scope only admins hold (users:create, user_status:write…)
 * names the scope and the token that can hold it, told by whose token the credential has.
 */
export async function peopleRequest(
	ctx: IExecuteFunctions,
	route: Route,
	options: RequestOptions & { itemIndex: number },
): Promise<IDataObject> {
	try {
		return await pachcaApiRequest.call(ctx, route, options);
	} catch (error) {
		const hint = adminScopeHint(route.scope);
		throw hint ? await explainRefusal(ctx, error, { itemIndex: options.itemIndex, gate: options.gate }, hint) : error;
	}
}
