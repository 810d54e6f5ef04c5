import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PachcaContext, RequestOptions } from './request';
import { pachcaApiRequest } from './request';
import type { Route } from './routes';

/** The API maximum page size for the list methods we use. */
export const MAX_PAGE_SIZE = 50;

interface ListResponse {
	data?: IDataObject[];
	meta?: { paginate?: { next_page?: string; has_next?: boolean } };
}

/**
 * Reads a cursor-paginated list method: pages of at most 50, following `next_page` until `has_next`
 * is false (short pages are normal mid-list). The spec requires only `next_page`: without `has_next`,
 * an empty page or a cursor already read (Pachca repeats the cursor of an empty answer) ends the list.
 * `limit` undefined means all items.
 */
export async function pachcaApiRequestAllItems(
	this: PachcaContext,
	route: Route,
	options: RequestOptions & {
		limit?: number;
		/** the method's largest page when it is not 50 (read_member_ids: 300) */
		maxPageSize?: number;
		/** sees every page as it arrives; returning true stops before the next one */
		onPage?: (page: IDataObject[], itemsSoFar: number) => boolean | void;
	} = {},
): Promise<IDataObject[]> {
	const { limit, onPage, maxPageSize = MAX_PAGE_SIZE, ...requestOptions } = options;
	const items: IDataObject[] = [];
	const usedCursors = new Set<string>();
	let cursor: string | undefined;

	while (limit === undefined || items.length < limit) {
		const pageSize = limit === undefined ? maxPageSize : Math.min(maxPageSize, limit - items.length);
		const response = (await pachcaApiRequest.call(this, route, {
			...requestOptions,
			qs: { ...requestOptions.qs, limit: pageSize, ...(cursor ? { cursor } : {}) },
		})) as unknown as ListResponse;
		const page = Array.isArray(response.data) ? response.data : [];
		items.push(...page);
		const stop = onPage?.(page, items.length) === true;
		const paginate = response.meta?.paginate;
		if (stop || !paginate?.next_page || paginate.has_next === false) break;
		const hasNextGiven = typeof paginate.has_next === 'boolean';
		if (!hasNextGiven && (page.length === 0 || usedCursors.has(paginate.next_page))) break;
		if (usedCursors.has(paginate.next_page)) {
			throw new NodeOperationError(
				this.getNode(),
				`Pachca returned a page cursor for ${route.path} that was already read: stopped to avoid an endless loop after ${items.length} items`,
				{ itemIndex: requestOptions.itemIndex },
			);
		}
		cursor = paginate.next_page;
		usedCursors.add(cursor);
	}
	return limit === undefined ? items : items.slice(0, limit);
}
