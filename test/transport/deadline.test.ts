import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { probe } from './probe';

/**
 * A request with a time budget (Fetch Full Message inside Pachca's webhook request) never waits past
 * it: a Retry-After or a backoff that would overrun it ends the request at once, with nothing left
 * running in the background.
 */
let emulator: PachcaEmulator;
emulatorPerFile((started) => (emulator = started));

const chatRequests = (chatId: number) => emulator.requests.filter((r) => r.path === `/chats/${chatId}`);
// A token per test: a 429 pauses its token's bucket for the next requests too, which is not what is tested here.
const freshToken = () => emulator.createToken({ scopes: ['chats:read'], bot: true });

describe('request deadline', () => {
	it('a 429 asking for 10 s inside a 4 s budget ends the request at once, without a retry', async () => {
		const chat = emulator.addChat({ name: 'Budget 429' });
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'status', status: 429, retryAfter: '10' });

		const { error } = await probe(emulator, { path: `/chats/${chat.id}`, deadlineMs: 4000 }, { token: freshToken() });

		expect(error?.message).toBe(`Pachca GET /chats/${chat.id} did not finish within 4 s`);
		expect(chatRequests(chat.id)).toHaveLength(1);
	});

	it('a retry whose backoff fits the budget is still made', async () => {
		const chat = emulator.addChat({ name: 'Budget 503' });
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'status', status: 503, times: 1 });

		const { error, items } = await probe(emulator, { path: `/chats/${chat.id}`, deadlineMs: 10_000 }, { token: freshToken() });

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ data: { id: chat.id } });
		expect(chatRequests(chat.id).map((r) => r.status)).toEqual([503, 200]);
	});

	it('without a budget, the same 429 is waited out as before (Retry-After of 1 s)', async () => {
		const chat = emulator.addChat({ name: 'No budget' });
		emulator.injectFault({ path: `/chats/${chat.id}`, kind: 'status', status: 429, retryAfter: '1' });

		const { error } = await probe(emulator, { path: `/chats/${chat.id}` }, { token: freshToken() });

		expect(error).toBeUndefined();
		expect(chatRequests(chat.id).map((r) => r.status)).toEqual([429, 200]);
	});
});
