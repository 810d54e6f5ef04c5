import { scopeRefusal } from '../../../shared/hints';
import type { OperationExecute } from '../operation';
import { explainingRefusals } from '../refusals';
import { GROUP_TAG_ROUTES } from './routes';

/** Reading tags: any token with group_tags:read (bots may hold it). */
export const readsTags = (execute: OperationExecute): OperationExecute =>
	explainingRefusals(scopeRefusal(GROUP_TAG_ROUTES.list.scope), execute);

/** Creating, renaming and deleting tags: only an admin's or the owner's token may hold group_tags:write. */
export const writesTags = (execute: OperationExecute): OperationExecute =>
	explainingRefusals(scopeRefusal(GROUP_TAG_ROUTES.create.scope), execute);
