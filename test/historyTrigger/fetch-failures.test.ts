// Fetch Full Message in the history trigger: one event whose message cannot be read never holds back
// the events after it. A permanent refusal goes out at once with the reason; a transient failure is
// tried again on the next polls, a bounded number of times, then goes out with the reason.
import type { IDataObject } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { historyTrigger, idsOf } from '../harness/fixtures/historyTrigger';
import { MAX_FETCH_ATTEMPTS } from '../../nodes/PachcaEventHistoryTrigger/fetchFailures';

let emu: PachcaEmulator;
let chatId: number;

emulatorPerFile((started) => {
	emu = started;
	chatId = emu.addChat({ name: 'Fetch', memberIds: [13] }).id;
});

beforeEach(() => emu.state.history.set(emu.botId, []));

/** Three message events in the history, oldest first, and their message IDs. */
async function threeMessages(): Promise<number[]> {
	const messages = emu.addMessages(chatId, 3, { content: 'text' });
	for (const message of messages) await emu.emitWebhook('message.new', { id: message.id, chat_id: chatId, content: 'text' });
	return messages.map((message) => message.id);
}

const messageIdOf = (item: IDataObject): unknown => (item.message as IDataObject | null)?.id ?? null;

it('a message the bot may no longer read (403) goes out without it, with the reason, and later events flow', async () => {
	const [a, b, c] = await threeMessages();
	emu.injectFault({ method: 'GET', path: `/messages/${b}`, kind: 'status', status: 403, times: 100 });
	const trigger = historyTrigger(emu, { options: { fetchFullMessage: true } });

	const items = await trigger.poll();
	expect(items.map(messageIdOf)).toEqual([a, null, c]);
	expect(items[1].message_error).toEqual(expect.stringContaining('403'));
	expect(items[0].message_error).toBeUndefined();
	expect(await trigger.poll()).toEqual([]);
});

it(`a message that keeps failing with 500 is retried for ${MAX_FETCH_ATTEMPTS} polls, then goes out with the reason`, async () => {
	const [a, b, c] = await threeMessages();
	emu.injectFault({ method: 'GET', path: `/messages/${b}`, kind: 'status', status: 500, times: 1000 });
	const trigger = historyTrigger(emu, { options: { fetchFullMessage: true } });

	const perPoll: unknown[][] = [];
	for (let poll = 0; poll < MAX_FETCH_ATTEMPTS + 1; poll++) perPoll.push((await trigger.poll()).map(messageIdOf));
	// The events before it go out at once; it and the ones after wait, never more than MAX_FETCH_ATTEMPTS polls.
	expect(perPoll[0]).toEqual([a]);
	expect(perPoll.slice(1, MAX_FETCH_ATTEMPTS - 1).every((ids) => ids.length === 0)).toBe(true);
	expect(perPoll[MAX_FETCH_ATTEMPTS - 1]).toEqual([null, c]);
	expect(trigger.emitted[1].message_error).toEqual(expect.stringContaining('500'));
	expect(idsOf(trigger.emitted)).toHaveLength(3);
}, 60_000);

it('a transient failure that clears on the next poll delivers the full message', async () => {
	const [a, b] = await threeMessages();
	emu.injectFault({ method: 'GET', path: `/messages/${b}`, kind: 'status', status: 503, times: 3 });
	const trigger = historyTrigger(emu, { options: { fetchFullMessage: true } });

	expect((await trigger.poll()).map(messageIdOf)).toEqual([a]);
	const next = await trigger.poll();
	expect(next.map(messageIdOf)).toEqual([b, expect.any(Number)]);
	expect(next[0].message_error).toBeUndefined();
}, 30_000);
