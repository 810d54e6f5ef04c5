/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { PachcaEmulator, type Chat } from './index';
import { api, type Json } from './helpers';

let emu: PachcaEmulator;
let chat: Chat;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	chat = emu.addChat({ name: 'Paged' });
});
afterEach(async () => {
	await emu.stop();
});

const page = (query: Record<string, string | number>) => api(emu, 'GET', '/messages', { query: { chat_id: chat.id, ...query } });

/** Follows next_page until has_next is false; fails on a repeated cursor. */
async function walk(limit: number, maxPages = 20) {
	const ids: number[] = [];
	const metas: Json[] = [];
	const seen = new Set<string>();
	let cursor: string | undefined;
	for (let i = 0; i < maxPages; i++) {
		const res = await page({ limit, ...(cursor ? { cursor } : {}) });
		expect(res.status).toBe(200);
		ids.push(...res.json.data.map((m: { id: number }) => m.id));
		const p = res.json.meta.paginate;
		metas.push(p);
		if (!p.has_next) return { ids, metas, loop: false };
		if (seen.has(p.next_page)) return { ids, metas, loop: true };
		seen.add(p.next_page);
		cursor = p.next_page;
	}
	throw new Error('too many pages');
}

const expectMeta = (p: Json) => {
	expect(Object.keys(p).sort()).toEqual(['has_next', 'has_prev', 'next_page', 'prev_page']);
	expect(typeof p.next_page).toBe('string');
	expect(typeof p.prev_page).toBe('string');
	expect(p.next_page.length).toBeGreaterThan(0);
	expect(p.prev_page).toMatch(/^[A-Za-z0-9_-]+$/);
};

describe('cursor pagination', () => {
	it.each([0, 1, 50, 51])('walks %i messages with limit 50: all ids once, newest first, cursors never null', async (n) => {
		const created = emu.addMessages(chat.id, n).map((m) => m.id);
		const { ids, metas, loop } = await walk(50);
		expect(loop).toBe(false);
		expect(ids).toEqual([...created].reverse());
		metas.forEach(expectMeta);
		expect(metas[0].has_prev).toBe(false);
		expect(metas.length).toBe(n > 50 ? 2 : 1);
		expect(metas[metas.length - 1].has_next).toBe(false);
	});

	it('uses the default limit 50 when limit is absent and honours order=asc', async () => {
		const created = emu.addMessages(chat.id, 55).map((m) => m.id);
		const first = await page({});
		expect(first.json.data).toHaveLength(50);
		const asc = await page({ order: 'asc', limit: 3 });
		expect(asc.json.data.map((m: { id: number }) => m.id)).toEqual(created.slice(0, 3));
		// A cursor carries its own order: continuing an asc list stays asc.
		const next = await page({ cursor: asc.json.meta.paginate.next_page, limit: 3 });
		expect(next.json.data.map((m: { id: number }) => m.id)).toEqual(created.slice(3, 6));
		expect(next.json.meta.paginate.has_prev).toBe(true);
	});

	it('keeps the position on empty pages and polls new records through prev_page', async () => {
		const initial = emu.addMessages(chat.id, 3).map((m) => m.id);
		const first = (await page({ limit: 50 })).json.meta.paginate;
		// Old tail: an empty page returns the same next_page and a valid backward cursor.
		const tail = (await page({ limit: 50, cursor: first.next_page })).json;
		expect(tail.data).toEqual([]);
		expect(tail.meta.paginate).toMatchObject({ next_page: first.next_page, has_next: false, has_prev: true });
		// No new records: same prev_page back, has_next true.
		const idle = (await page({ limit: 50, cursor: first.prev_page })).json;
		expect(idle.data).toEqual([]);
		expect(idle.meta.paginate).toMatchObject({ prev_page: first.prev_page, has_next: true, has_prev: false });
		// 8 new, limit 5: the batch closest to the anchor first, then the rest.
		const fresh = emu.addMessages(chat.id, 8).map((m) => m.id);
		const b1 = (await page({ limit: 5, cursor: first.prev_page })).json;
		expect(b1.data.map((m: { id: number }) => m.id)).toEqual(fresh.slice(0, 5).reverse());
		expect(b1.meta.paginate).toMatchObject({ has_prev: true, has_next: false });
		const b2 = (await page({ limit: 5, cursor: b1.meta.paginate.prev_page })).json;
		expect(b2.data.map((m: { id: number }) => m.id)).toEqual(fresh.slice(5).reverse());
		expect(b2.meta.paginate.has_prev).toBe(false);
		expect(initial).toHaveLength(3);
	});

	it('polls an initially empty list through the prev_page of the empty first page', async () => {
		const empty = (await page({ limit: 10 })).json;
		expect(empty.data).toEqual([]);
		expect(empty.meta.paginate).toMatchObject({ has_next: false, has_prev: false });
		expectMeta(empty.meta.paginate);
		const fresh = emu.addMessages(chat.id, 2).map((m) => m.id);
		const polled = (await page({ limit: 10, cursor: empty.meta.paginate.prev_page })).json;
		expect(polled.data.map((m: { id: number }) => m.id)).toEqual([...fresh].reverse());
	});

	it('rejects a malformed cursor or a cursor of another list with 400', async () => {
		expect((await page({ cursor: 'not-a-cursor' })).status).toBe(400);
		emu.addMessages(chat.id, 2);
		const other = emu.addChat({ name: 'Other' });
		const cursor = (await page({ limit: 1 })).json.meta.paginate.next_page;
		const res = await api(emu, 'GET', '/messages', { query: { chat_id: other.id, cursor } });
		expect(res.status).toBe(400);
		expect(res.json.errors[0]).toMatchObject({ key: 'cursor', code: 'invalid' });
	});

	it('quirk shortPages: short intermediate pages with has_next true; stopping on a short page loses data', async () => {
		emu.state.paginationQuirk = 'shortPages';
		const created = emu.addMessages(chat.id, 12);
		const first = (await page({ limit: 10 })).json;
		expect(first.data.length).toBeLessThan(10);
		expect(first.meta.paginate.has_next).toBe(true);
		const { ids } = await walk(10);
		expect(ids).toHaveLength(created.length);
		expect(new Set(ids).size).toBe(created.length);
	});

	it('quirk repeatCursor: the same next_page forever with has_next true', async () => {
		emu.state.paginationQuirk = 'repeatCursor';
		emu.addMessages(chat.id, 3);
		const first = (await page({ limit: 2 })).json.meta.paginate;
		const second = (await page({ limit: 2, cursor: first.next_page })).json.meta.paginate;
		const third = (await page({ limit: 2, cursor: second.next_page })).json.meta.paginate;
		expect(second).toMatchObject({ next_page: first.next_page, has_next: true });
		expect(third).toMatchObject({ next_page: first.next_page, has_next: true });
		expect((await walk(2)).loop).toBe(true);
	});

	it('paginates chats by last_message_at and the event history', async () => {
		const a = emu.addChat({ name: 'A' });
		emu.addChat({ name: 'B' });
		await new Promise((r) => setTimeout(r, 5));
		emu.addMessages(a.id, 1);
		const chats = await api(emu, 'GET', '/chats', { query: { sort: 'last_message_at', order: 'desc', limit: 1 } });
		expect(chats.json.data[0].id).toBe(a.id);
		expect(chats.json.meta.paginate.has_next).toBe(true);
		const events = emu.addEvents(3);
		const p1 = await api(emu, 'GET', '/webhooks/events', { token: emu.botToken, query: { limit: 2 } });
		expect(p1.json.data.map((e: { id: string }) => e.id)).toEqual([events[2].id, events[1].id]);
		const p2 = await api(emu, 'GET', '/webhooks/events', { token: emu.botToken, query: { limit: 2, cursor: p1.json.meta.paginate.next_page } });
		expect(p2.json.data.map((e: { id: string }) => e.id)).toEqual([events[0].id]);
		expect(p2.json.meta.paginate.has_next).toBe(false);
	});
});
