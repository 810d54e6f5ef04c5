import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { probe } from './probe';

describe('retries', () => {
	let emulator: PachcaEmulator;
	emulatorPerFile((started) => (emulator = started), { rateLimits: false });

	const sendBody = (chatId: number) => ({
		message: { entity_type: 'discussion', entity_id: chatId, content: 'once only' },
	});

	it('honours Retry-After on a 429: the retry comes no sooner than it says', async () => {
		const chat = emulator.addChat({ name: 'retry-after' });
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'status', status: 429, retryAfter: '1' });
		const { items, error } = await probe(emulator, { path: `/chats/${chat.id}` });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ data: { id: chat.id } });
		expect(emulator.requests.map((r) => r.status)).toEqual([429, 200]);
		expect(emulator.requests[1].at - emulator.requests[0].at).toBeGreaterThanOrEqual(1000);
	});

	it('accepts Retry-After as an HTTP date', async () => {
		const chat = emulator.addChat({ name: 'retry-date' });
		const soon = new Date(Date.now() + 1000).toUTCString();
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'status', status: 429, retryAfter: soon });
		const { error } = await probe(emulator, { path: `/chats/${chat.id}` });
		expect(error).toBeUndefined();
		expect(emulator.requests.map((r) => r.status)).toEqual([429, 200]);
	});

	it('retries a POST after a 429: Pachca did not act on it', async () => {
		const chat = emulator.addChat({ name: 'post-429' });
		emulator.injectFault({ method: 'POST', path: '/messages', kind: 'status', status: 429, retryAfter: '0' });
		const { error } = await probe(emulator, { method: 'POST', path: '/messages', body: sendBody(chat.id) });
		expect(error).toBeUndefined();
		expect(emulator.requests.map((r) => r.status)).toEqual([429, 201]);
		expect([...emulator.state.messages.values()].filter((m) => m.chat_id === chat.id)).toHaveLength(1);
	});

	it('retries a GET after a 503', async () => {
		const chat = emulator.addChat({ name: 'get-503' });
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'status', status: 503 });
		const { error } = await probe(emulator, { path: `/chats/${chat.id}` });
		expect(error).toBeUndefined();
		expect(emulator.requests.map((r) => r.status)).toEqual([503, 200]);
	});

	it('retries a GET after a connection reset', async () => {
		const chat = emulator.addChat({ name: 'get-reset' });
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'reset' });
		const { error } = await probe(emulator, { path: `/chats/${chat.id}` });
		expect(error).toBeUndefined();
		expect(emulator.requests).toHaveLength(2);
	});

	it('does not retry a POST after a 503, so a message is never sent twice', async () => {
		const chat = emulator.addChat({ name: 'post-503' });
		emulator.injectFault({ method: 'POST', path: '/messages', kind: 'status', status: 503 });
		const { error } = await probe(emulator, { method: 'POST', path: '/messages', body: sendBody(chat.id) });
		expect(error?.message).toMatch(/failed with 503/);
		expect(emulator.requests).toHaveLength(1);
	});

	it('fails clearly, without sleeping, when Retry-After is above the 60 s cap', async () => {
		const chat = emulator.addChat({ name: 'cap' });
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'status', status: 429, retryAfter: '3600' });
		// Its own token: the node remembers the hour-long wait for the token it was given.
		const token = emulator.createToken({ scopes: ['chats:read'] });
		const { error } = await probe(emulator, { path: `/chats/${chat.id}` }, { token });
		expect(error?.message).toMatch(/may be retried only in 3600 s, more than the 60 s/);
		expect(emulator.requests).toHaveLength(1);
	});

	it('gives up after 3 retries of a failing GET', async () => {
		const chat = emulator.addChat({ name: 'give-up' });
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'status', status: 429, retryAfter: '0', times: 10 });
		const { error } = await probe(emulator, { path: `/chats/${chat.id}` });
		expect(error?.message).toMatch(/failed with 429/);
		expect(emulator.requests).toHaveLength(4);
	});
});
