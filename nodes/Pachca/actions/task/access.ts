import { scopeRefusal } from '../../../shared/hints';
import type { Route } from '../../../shared/transport';
import type { OperationExecute } from '../operation';
import { explainingRefusals } from '../refusals';

/** Every tasks:* scope may be given to a bot or a person: a refusal names the scope the route needs. */
export const withTaskScope = (route: Route & { scope: string }, execute: OperationExecute): OperationExecute =>
	explainingRefusals(scopeRefusal(route.scope), execute);
