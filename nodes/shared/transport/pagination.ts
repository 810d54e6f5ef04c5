import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PachcaContext, RequestOptions } from './request';
import { pachcaApiRequest } from './request';
import type { Route } from './routes';

/** The API maximum page size for the list methods we use. */
export const MAX_PAGE_SIZE = 50;

/** The spec's PaginationMeta.paginate: only next_page is required. */
export interface Paginate {
	next_page?: string;
	has_next?: boolean;
}

interface ListResponse {
	data?: IDataObject[];
	meta?: { paginate?: Paginate };
}

/**
 * The cursor of the page after this one, or undefined at the end of the list: `has_next` when Pachca
 * gives it; without it, a cursor not read yet after a non-empty page (Pachca repeats the cursor of an
 * empty answer).
 */
export function nextPageCursor(
	paginate: Paginate | undefined,
	pageLength: number,
	alreadyRead: (cursor: string) => boolean,
): string | undefined {
	const next = paginate?.next_page;
	if (!next) return undefined;
	if (typeof paginate.has_next === 'boolean') return paginate.has_next ? next : undefined;
	return pageLength > 0 && !alreadyRead(next) ? next : undefined;
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
		/** where to start: a `next_page` cursor handed out by an earlier read (none: the first page) */
		startCursor?: string;
		/**
		 * sees every page as it arrives, with the cursor of the page after it (undefined on the last page);
		 * returning true stops before the next one
		 */
		onPage?: (page: IDataObject[], itemsSoFar: number, nextCursor: string | undefined) => boolean | void;
	} = {},
): Promise<IDataObject[]> {
	const { limit, onPage, startCursor, maxPageSize = MAX_PAGE_SIZE, ...requestOptions } = options;
	const items: IDataObject[] = [];
	const usedCursors = new Set<string>(startCursor ? [startCursor] : []);
	let cursor: string | undefined = startCursor;

	while (limit === undefined || items.length < limit) {
		const pageSize = limit === undefined ? maxPageSize : Math.min(maxPageSize, limit - items.length);
		const response = (await pachcaApiRequest.call(this, route, {
			...requestOptions,
			qs: { ...requestOptions.qs, limit: pageSize, ...(cursor ? { cursor } : {}) },
		})) as unknown as ListResponse;
		const page = Array.isArray(response.data) ? response.data : [];
		items.push(...page);
		const next = nextPageCursor(response.meta?.paginate, page.length, (seen) => usedCursors.has(seen));
		const stop = onPage?.(page, items.length, next) === true;
		if (stop || next === undefined) break;
		if (usedCursors.has(next)) {
			throw new NodeOperationError(
				this.getNode(),
				`Pachca returned a page cursor for ${route.path} that was already read: stopped to avoid an endless loop after ${items.length} items`,
				{ itemIndex: requestOptions.itemIndex },
			);
		}
		cursor = next;
		usedCursors.add(cursor);
	}
	return limit === undefined ? items : items.slice(0, limit);
}
