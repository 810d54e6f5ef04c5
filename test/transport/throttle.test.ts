import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { probe } from './probe';

/** With the emulator enforcing Pachca's documented limits, our pacing must never provoke a 429. */
describe('throttling under the documented rate limits', () => {
	let emulator: PachcaEmulator;
	emulatorPerFile((started) => (emulator = started), { rateLimits: true });

	const refused = () => emulator.requests.filter((r) => r.status === 429);

	it('a burst of 100 requests in the "other methods" class (50/s) sees no 429', async () => {
		const chat = emulator.addChat({ name: 'burst' });
		const { items, error } = await probe(emulator, { path: `/chats/${chat.id}` }, { items: 100 });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(100);
		expect(emulator.requests.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
		expect(emulator.requests).toHaveLength(100);
		expect(refused()).toEqual([]);
	});

	it('30 message reads (10/s) see no 429', async () => {
		const chat = emulator.addChat({ name: 'reads' });
		const [message] = emulator.addMessages(chat.id, 1);
		const { error } = await probe(emulator, { path: `/messages/${message.id}` }, { items: 30 });
		expect(error).toBeUndefined();
		expect(refused()).toEqual([]);
	});

	it('12 messages sent to one chat (4/s per chat) see no 429', async () => {
		const chat = emulator.addChat({ name: 'writes' });
		const { items, error } = await probe(
			emulator,
			{
				method: 'POST',
				path: '/messages',
				chatKey: `discussion:${chat.id}`,
				body: { message: { entity_type: 'discussion', entity_id: chat.id, content: 'tick' } },
			},
			{ items: 12 },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(12);
		expect(refused()).toEqual([]);
	});

	it('two executions running at once with the same token share one budget', async () => {
		const chat = emulator.addChat({ name: 'parallel' });
		const [message] = emulator.addMessages(chat.id, 1);
		const runs = await Promise.all([
			probe(emulator, { path: `/messages/${message.id}` }, { items: 15 }),
			probe(emulator, { path: `/messages/${message.id}` }, { items: 15 }),
		]);
		expect(runs.map((r) => r.error)).toEqual([undefined, undefined]);
		expect(emulator.requests).toHaveLength(30);
		expect(refused()).toEqual([]);
	});

	it('event-history reads (5 per 2 s) see no 429 while paginating', async () => {
		emulator.addEvents(8);
		const { error } = await probe(emulator, { path: '/webhooks/events', qs: { limit: 1 } }, { items: 8 });
		expect(error).toBeUndefined();
		expect(refused()).toEqual([]);
	});
});
