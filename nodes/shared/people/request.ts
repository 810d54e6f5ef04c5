import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { explainRefusal, holdersOf, scopeRefusal } from '../hints';
import type { RequestOptions, Route } from '../transport';
import { pachcaApiRequest } from '../transport';

/** Why Pachca refuses a person's token that holds a scope only admins and the owner may hold. */
const NO_LONGER_ADMIN =
	'its owner is no longer an admin (the scope works only for admins and the owner), or the user is the workspace Owner, whom no other token may change.';

/**
 * A request that manages people: a refusal of a scope only admins hold (users:create, user_status:write…)
 * names the scope and the token that can hold it, told by whose token the credential has. A scope every
 * person may hold keeps the status hint, which already names it.
 */
export async function peopleRequest(
	ctx: IExecuteFunctions,
	route: Route,
	options: RequestOptions & { itemIndex: number },
): Promise<IDataObject> {
	try {
		return await pachcaApiRequest.call(ctx, route, options);
	} catch (error) {
		const { scope } = route;
		const adminsOnly = scope !== undefined && !holdersOf(scope).roles.includes('user');
		throw adminsOnly ? await explainRefusal(ctx, error, { itemIndex: options.itemIndex, gate: options.gate }, scopeRefusal(scope, NO_LONGER_ADMIN)) : error;
	}
}
