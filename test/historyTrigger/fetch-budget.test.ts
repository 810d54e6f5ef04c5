// Fetch Full Message counts against the poll's time budget: once it is spent, the events whose message
// is not fetched yet wait for the next poll (each poll emits one at least), in order, each once.
import type { IDataObject } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { setHistoryOrder } from '../emulator/routes/events';
import { emulatorPerFile } from '../harness/emulator';
import { historyTrigger, idsOf, requestCount } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;
let chatId: number;

emulatorPerFile((started) => {
	emu = started;
	chatId = emu.addChat({ name: 'Fetch budget', memberIds: [13] }).id;
});

beforeEach(() => emu.state.history.set(emu.botId, []));
afterEach(() => setHistoryOrder(emu.state, 'desc'));

describe.each(['desc', 'asc'] as const)('with the history listed %s', (order) => {
	beforeEach(() => setHistoryOrder(emu.state, order));

	it('with the budget spent, a poll fetches one message and leaves the other events for the next polls', async () => {
		const messages = emu.addMessages(chatId, 3, { content: 'text' });
		for (const message of messages) await emu.emitWebhook('message.new', { id: message.id, chat_id: chatId, content: 'text' });
		const events = (emu.state.history.get(emu.botId) ?? []).map((event) => event.id);
		const trigger = historyTrigger(emu, { acknowledge: false, options: { fetchFullMessage: true } });

		const batches: number[] = [];
		for (let poll = 0; poll < 4; poll++) {
			emu.clearRequests();
			batches.push((await trigger.poll({ pollBudgetMs: 1 })).length);
			expect(emu.requests.filter((request) => request.method === 'GET' && request.path.startsWith('/messages/'))).toHaveLength(
				batches[poll],
			);
		}

		expect(batches).toEqual([1, 1, 1, 0]);
		expect(idsOf(trigger.emitted)).toEqual(events);
		expect(trigger.emitted.map((item) => (item.message as IDataObject).id)).toEqual(messages.map((message) => message.id));
		expect(requestCount(emu, 'DELETE')).toBe(0);
	});
});
