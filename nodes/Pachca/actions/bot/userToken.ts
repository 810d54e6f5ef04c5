import { NEEDS_USER_TOKEN } from '../../../shared/hints';
import type { OperationExecute } from '../operation';
import { explainingRefusals } from '../refusals';

/** Bot management needs a person's token: a refusal of a bot token says so instead of naming a scope. */
export const needsUserToken = (execute: OperationExecute): OperationExecute => explainingRefusals(NEEDS_USER_TOKEN, execute);
