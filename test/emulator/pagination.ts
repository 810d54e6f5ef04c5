// Cursor pagination of list methods as api-pagination.mdx describes it:
// - meta.paginate always carries next_page, prev_page (opaque, never null), has_next, has_prev;
// - a cursor is an anchor (sort key of a record) plus a direction: 'n' walks forward in list order,
//   'p' returns the records before the anchor that are closest to it (polling for new records);
// - empty answers keep the cursor that was sent, so it can be repeated without losing the position.
// Cursors are base64url of our own JSON: { k: anchor key, d: direction, o: order, f: sort field, s: list }.
import type { PaginationQuirk } from './state';
import { apiError } from './validation';

export type KeyPart = string | number;
export type SortKey = [KeyPart, KeyPart];
export type Order = 'asc' | 'desc';

export interface PaginateMeta {
	paginate: { next_page: string; prev_page: string; has_next?: boolean; has_prev: boolean };
}

export interface CursorData {
	k: SortKey;
	d: 'n' | 'p';
	o: Order;
	f: string;
	s: string;
}

export interface PageParams {
	limit: number;
	order: Order;
	sort: string;
	/** Identifies the list (method + filters); a cursor of another list is rejected. */
	list: string;
	cursor: CursorData | null;
	rawCursor: string | null;
}

export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 50;

export function encodeCursor(c: CursorData): string {
	return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

function decodeCursor(raw: string, list: string): CursorData {
	const bad = () => apiError(400, 'cursor', 'Invalid pagination cursor', 'invalid', raw);
	let c: unknown;
	try {
		c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
	} catch {
		throw bad();
	}
	const ok =
		typeof c === 'object' && c !== null && Array.isArray((c as CursorData).k) && (c as CursorData).k.length === 2 &&
		((c as CursorData).d === 'n' || (c as CursorData).d === 'p') && ((c as CursorData).o === 'asc' || (c as CursorData).o === 'desc') &&
		typeof (c as CursorData).f === 'string' && (c as CursorData).s === list;
	if (!ok) throw bad();
	return c as CursorData;
}

/** The method's page sizes when they are not 50 (read_member_ids: up to 300, 300 by default). */
export interface LimitRule {
	max: number;
	fallback: number;
}

export function parseLimit(raw: string | undefined, rule: LimitRule = { max: MAX_LIMIT, fallback: DEFAULT_LIMIT }): number {
	if (raw === undefined) return rule.fallback;
	if (!/^-?\d+$/.test(raw)) throw apiError(400, 'limit', 'Must be an integer', 'invalid', raw);
	const n = Number(raw);
	if (n < 1 || n > rule.max) throw apiError(400, 'limit', `Must be between 1 and ${rule.max}`, 'invalid', raw);
	return n;
}

/**
 * Reads limit, cursor, sort and order. With a cursor, its own sort and order win over the query
 * (a cursor continues the list it came from).
 */
export function pageParams(
	query: Record<string, string>,
	list: string,
	sorts: readonly string[],
	defaults: { sort: string; order: Order },
	limitRule?: LimitRule,
): PageParams {
	const limit = parseLimit(query.limit, limitRule);
	const rawCursor = query.cursor !== undefined && query.cursor !== '' ? query.cursor : null;
	const cursor = rawCursor === null ? null : decodeCursor(rawCursor, list);
	let sort = query.sort ?? defaults.sort;
	let order = (query.order ?? defaults.order) as Order;
	if (!sorts.includes(sort)) throw apiError(400, 'sort', `Must be one of: ${sorts.join(', ')}`, 'inclusion', sort);
	if (order !== 'asc' && order !== 'desc') throw apiError(400, 'order', 'Must be one of: asc, desc', 'inclusion', order);
	if (cursor) {
		sort = cursor.f;
		order = cursor.o;
	}
	return { limit, order, sort, list, cursor, rawCursor };
}

function compareKeys(a: SortKey, b: SortKey): number {
	for (let i = 0; i < 2; i++) {
		if (a[i] < b[i]) return -1;
		if (a[i] > b[i]) return 1;
	}
	return 0;
}

/**
 * `items` must already be sorted in list order (by `keyOf`, in `p.order`). `boundary` is the anchor of an
 * empty first page: a key that every record created later sorts after (in ascending key order).
 */
export function paginate<T>(
	items: T[],
	keyOf: (item: T) => SortKey,
	p: PageParams,
	boundary: SortKey,
	quirk: PaginationQuirk,
): { data: T[]; meta: PaginateMeta } {
	const cmp = (a: SortKey, b: SortKey) => (p.order === 'asc' ? compareKeys(a, b) : -compareKeys(a, b));
	const cur = (k: SortKey, d: 'n' | 'p') => encodeCursor({ k, d, o: p.order, f: p.sort, s: p.list });
	// shortPages: intermediate pages carry half the limit (has_next stays exact, so it is true there).
	const take = quirk === 'shortPages' ? Math.max(1, Math.floor(p.limit / 2)) : p.limit;

	let data: T[];
	let meta: PaginateMeta['paginate'];
	if (!p.cursor || p.cursor.d === 'n') {
		const anchor = p.cursor?.k;
		const after = anchor ? items.filter((i) => cmp(keyOf(i), anchor) > 0) : items;
		data = after.slice(0, take);
		if (data.length === 0) {
			const k = anchor ?? boundary;
			meta = {
				next_page: p.rawCursor ?? cur(k, 'n'),
				prev_page: cur(k, 'p'),
				has_next: false,
				has_prev: anchor ? items.some((i) => cmp(keyOf(i), k) <= 0) : false,
			};
		} else {
			meta = {
				next_page: cur(keyOf(data[data.length - 1]), 'n'),
				prev_page: cur(keyOf(data[0]), 'p'),
				has_next: after.length > data.length,
				has_prev: anchor !== undefined,
			};
		}
		if (quirk === 'repeatCursor') {
			// The same forward cursor forever, always claiming there is more.
			if (p.rawCursor) meta.next_page = p.rawCursor;
			meta.has_next = true;
		}
	} else {
		const anchor = p.cursor.k;
		const before = items.filter((i) => cmp(keyOf(i), anchor) < 0);
		data = before.slice(Math.max(0, before.length - p.limit));
		if (data.length === 0) {
			meta = {
				next_page: cur(anchor, 'n'),
				prev_page: p.rawCursor ?? cur(anchor, 'p'),
				has_next: items.some((i) => cmp(keyOf(i), anchor) > 0),
				has_prev: false,
			};
		} else {
			// As the doc's table says: has_next false, has_prev true while a batch came back full.
			meta = {
				next_page: cur(keyOf(data[data.length - 1]), 'n'),
				prev_page: cur(keyOf(data[0]), 'p'),
				has_next: false,
				has_prev: data.length >= p.limit,
			};
		}
	}
	if (quirk === 'noHasNext') delete meta.has_next;
	return { data, meta: { paginate: meta } };
}

/** Only `limit` and `cursor` of a query: for list methods whose spec has no sort or order parameters. */
export function cursorOnly(query: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(query).filter(([key]) => key === 'limit' || key === 'cursor'));
}
