import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { probe } from './probe';

describe('cursor pagination (pachcaApiRequestAllItems)', () => {
	let emulator: PachcaEmulator;
	emulatorPerFile((started) => (emulator = started), { rateLimits: false });

	function chatWith(count: number) {
		const chat = emulator.addChat({ name: `pages-${count}-${Math.random()}` });
		const messages = emulator.addMessages(chat.id, count);
		return { chat, messages };
	}

	const pageRequests = () => emulator.requests.filter((r) => r.path === '/messages');

	it.each([
		[0, 1],
		[1, 1],
		[50, 1],
		[51, 2],
		[120, 3],
	])('Return All over %i messages: every message once, in %i request(s) of at most 50', async (count, requests) => {
		const { chat, messages } = chatWith(count);
		const { items, error } = await probe(emulator, { mode: 'all', path: '/messages', qs: { chat_id: chat.id } });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id).sort()).toEqual(messages.map((m) => m.id).sort());
		expect(pageRequests()).toHaveLength(requests);
		expect(pageRequests().every((r) => Number(r.query.limit) <= 50)).toBe(true);
	});

	it('Limit 120 asks for pages of 50, 50 and 20', async () => {
		const { chat } = chatWith(200);
		const { items } = await probe(emulator, { mode: 'all', path: '/messages', qs: { chat_id: chat.id }, limit: 120 });
		expect(items).toHaveLength(120);
		expect(pageRequests().map((r) => r.query.limit)).toEqual(['50', '50', '20']);
		expect(pageRequests()[0].query.cursor).toBeUndefined();
		expect(pageRequests()[1].query.cursor).toEqual(expect.any(String));
	});

	it('a Limit below one page sends that limit, not 50', async () => {
		const { chat } = chatWith(10);
		const { items } = await probe(emulator, { mode: 'all', path: '/messages', qs: { chat_id: chat.id }, limit: 3 });
		expect(items).toHaveLength(3);
		expect(pageRequests().map((r) => r.query.limit)).toEqual(['3']);
	});

	it('reads 10,000 items (200 pages) without losing or repeating one', async () => {
		const created = Array.from({ length: 10_000 }, (_, i) => emulator.addChat({ name: `bulk ${i}` }).id);
		const { items, error } = await probe(emulator, { mode: 'all', path: '/chats' });
		expect(error).toBeUndefined();
		const ids = new Set(items.map((i) => i.json.id as number));
		expect(ids.size).toBe(items.length);
		for (const id of created) expect(ids.has(id)).toBe(true);
		expect(emulator.requests.filter((r) => r.path === '/chats').length).toBeGreaterThanOrEqual(200);
	});

	it('keeps going after short pages while has_next is true', async () => {
		const { chat, messages } = chatWith(120);
		emulator.state.paginationQuirk = 'shortPages';
		const { items } = await probe(emulator, { mode: 'all', path: '/messages', qs: { chat_id: chat.id } });
		expect(items).toHaveLength(messages.length);
		expect(pageRequests().length).toBeGreaterThan(3);
	});

	it('stops with an error when the server hands back a cursor it already gave', async () => {
		const { chat } = chatWith(120);
		emulator.state.paginationQuirk = 'repeatCursor';
		const { error } = await probe(emulator, { mode: 'all', path: '/messages', qs: { chat_id: chat.id } });
		expect(error?.message).toMatch(/same page cursor|already read/);
		expect(pageRequests().length).toBeLessThanOrEqual(3);
	});
});
