// A message's `url` on the emulator: Pachca answers links to its web app; the emulator answers links to
// its own origin (its chat page opens them), which the node takes back in its By URL modes.
import type { Chat, PachcaEmulator } from '../emulator';
import { buildWebhookPayload } from '../emulator';
import { Receiver } from '../emulator/helpers';
import { emulatorPerFile, rl, runMessage } from '../harness/fixtures/message';

let emu: PachcaEmulator;
let chat: Chat;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Links', memberIds: [13] });
});

const origin = () => new URL(emu.baseUrl).origin;

describe("a message's url on the emulator", () => {
	it("is a Pachca-style link on the credential's Base URL origin, in the node's output", async () => {
		const result = await runMessage(emu, { operation: 'send', sendTo: 'chat', chatId: rl('id', chat.id), content: 'Where am I?' });

		expect(result.error).toBeUndefined();
		const sent = result.items[0].json;
		expect(sent.url).toBe(`${origin()}/chats/${chat.id}?message=${String(sent.id)}`);
	});

	it('goes back into the node: Message → Get By URL with the link a Send gave fetches that message', async () => {
		const sent = (await runMessage(emu, { operation: 'send', sendTo: 'chat', chatId: rl('id', chat.id), content: 'Round trip' })).items[0].json;

		const got = await runMessage(emu, { operation: 'get', messageId: rl('url', String(sent.url)) });

		expect(got.error).toBeUndefined();
		expect(got.items[0].json).toMatchObject({ id: sent.id, content: 'Round trip', url: sent.url });
	});

	it("is the same link in the webhook a person's message sends the bot (the trigger's output)", async () => {
		const receiver = await new Receiver().start();
		try {
			emu.setBotWebhook(emu.botId, receiver.url);
			const res = await fetch(`${emu.baseUrl}/messages`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${emu.userToken}`, 'Content-Type': 'application/json' },
				body: JSON.stringify({ message: { entity_type: 'discussion', entity_id: chat.id, content: 'Hook' } }),
			});
			const { data } = (await res.json()) as { data: { id: number; url: string } };
			await emu.flushWebhooks();

			expect(data.url).toBe(`${origin()}/chats/${chat.id}?message=${data.id}`);
			expect(receiver.received.map((r) => (JSON.parse(r.rawBody) as { url: string }).url)).toEqual([data.url]);
		} finally {
			await receiver.stop();
		}
	});

	it("is Pachca's own web app link in a sample payload built without an emulator", () => {
		expect(buildWebhookPayload('message.new').url).toBe('https://app.pachca.com/chats/1000?message=100000');
	});
});
