// The same event delivered by webhook (Pachca Trigger) and read from history gives the same item.
import type { IDataObject } from 'n8n-workflow';

import { PachcaEmulator, WEBHOOK_KINDS } from '../emulator';
import type { WebhookServer } from '../harness/webhook-server';
import { emitted, startTrigger } from '../harness/fixtures/trigger';
import { historyTrigger } from '../harness/fixtures/historyTrigger';

let emu: PachcaEmulator;
let server: WebhookServer | undefined;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	const chat = emu.addChat({ name: 'Both', memberIds: [13] });
	emu.addMessages(chat.id, 1, { content: 'First message' });
});
afterEach(async () => {
	await server?.close();
	server = undefined;
	await emu.stop();
});

function withoutHistoryFields(item: IDataObject): IDataObject {
	const rest = { ...item };
	delete rest.event_id;
	delete rest.event_created_at;
	return rest;
}

it.each([false, true])('every event kind gives the same item both ways (Fetch Full Message %s)', async (fetchFullMessage) => {
	server = await startTrigger(emu, { parameters: { events: ['*'], options: { fetchFullMessage } } });
	for (const kind of WEBHOOK_KINDS) await emu.emitWebhook(kind);
	const history = await historyTrigger(emu, { options: { fetchFullMessage } }).poll();

	expect(history).toHaveLength(WEBHOOK_KINDS.length);
	expect(history.map(withoutHistoryFields)).toEqual(emitted(server));
	const stored = emu.state.history.get(emu.botId)!;
	expect(history.map((item) => [item.event_id, item.event_created_at])).toEqual(stored.map((e) => [e.id, e.created_at]));
});
