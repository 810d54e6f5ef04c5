import { WAIT_INDEFINITELY } from 'n8n-workflow';

import { approvalsPerFile, askInChat, buttonData, clickAs, OLGA, PAVEL, requestsTo, sentMessage } from '../harness/fixtures/approvals';

const world = approvalsPerFile();

describe('Send and Wait answered inside Pachca', () => {
	it('puts data buttons (no links) on the question, signed by the bot, naming the resume path', async () => {
		const execution = await askInChat(world);
		const message = sentMessage(world.emu);

		expect(execution.data.waitTill).toEqual(WAIT_INDEFINITELY);
		expect(message.content).toBe('Deploy **v2.4** to production?');
		const buttons = (message.buttons ?? []).flat();
		expect(buttons.map((b) => b.text)).toEqual(['Deploy', 'Cancel']);
		expect(buttons.every((b) => b.url === undefined)).toBe(true);
		const path = `/webhook-waiting/${execution.id}/${execution.node.id}`;
		expect(buttonData(message).Deploy).toMatch(new RegExp(`^pa1\\|a\\|${path}\\|[\\w-]{43}\\|\\|[\\w-]{22}$`));
		expect(buttonData(message).Cancel).toMatch(new RegExp(`^pa1\\|r\\|${path}\\|`));
		expect(buttonData(message).Deploy.length).toBeLessThanOrEqual(255);
	});

	it('a click resumes the execution with who answered and when, through the Pachca Trigger; the message says so', async () => {
		const execution = await askInChat(world, {}, { timezone: 'Europe/Moscow' });
		const message = sentMessage(world.emu);
		world.emu.clearRequests();

		const delivery = await clickAs(world, OLGA, message, 'Deploy');

		expect(delivery.status).toBe(200);
		expect(execution.finished()).toBe(true);
		const [{ data }] = execution.items() as Array<{ data: Record<string, unknown> }>;
		const at = new Date(Number(delivery.payload.webhook_timestamp) * 1000);
		expect(data).toEqual({
			approved: true,
			decidedBy: { userId: OLGA, nickname: 'olga', name: 'Olga Ivanova' },
			decidedAt: expect.any(String),
			decisions: [{ userId: OLGA, nickname: 'olga', name: 'Olga Ivanova', decision: 'approved', at: data.decidedAt }],
		});
		// The time the trigger received the click, to the second.
		expect(Math.abs(new Date(String(data.decidedAt)).getTime() - at.getTime())).toBeLessThan(2000);
		const hhmm = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Moscow' }).format(
			new Date(String(data.decidedAt)),
		);
		expect(world.emu.state.messages.get(message.id)).toMatchObject({
			content: `Deploy **v2.4** to production?\n\n✅ Approved by @olga at ${hhmm}`,
			buttons: null,
		});
		expect(requestsTo(world.emu, 'PUT', `/messages/${message.id}`).map((r) => r.body)).toEqual([
			{ message: { content: `Deploy **v2.4** to production?\n\n✅ Approved by @olga at ${hhmm}`, buttons: [] } },
		]);
	});

	it('Cancel resumes with approved: false and "Rejected by"', async () => {
		const execution = await askInChat(world, {}, { timezone: 'UTC' });
		const message = sentMessage(world.emu);

		await clickAs(world, PAVEL, message, 'Cancel');

		const [{ data }] = execution.items() as Array<{ data: Record<string, unknown> }>;
		expect(data).toMatchObject({ approved: false, decidedBy: { userId: PAVEL, nickname: 'pavel' } });
		expect(world.emu.state.messages.get(message.id)?.content).toMatch(/\n\n❌ Rejected by @pavel at \d\d:\d\d$/);
	});

	it('the click is not a run of the trigger workflow, and other clicks still are', async () => {
		await askInChat(world);
		const message = sentMessage(world.emu);
		const before = world.trigger.executions.length;

		await clickAs(world, OLGA, message, 'Deploy');
		await world.emu.emitWebhook('button.click', { message_id: message.id, user_id: OLGA, data: 'vote_yes' });

		expect(world.trigger.executions.length).toBe(before + 1);
		expect(world.trigger.executions.at(-1)?.[0][0].json).toMatchObject({ data: 'vote_yes' });
	});

	it('node version 1 (saved workflows) reads the question from Content and answers in the chat all the same', async () => {
		const execution = await askInChat(world, { message: undefined, content: 'Old question?' }, { typeVersion: 1 });
		const message = sentMessage(world.emu);
		expect(message.content).toBe('Old question?');

		await clickAs(world, OLGA, message, 'Deploy');

		expect(execution.items()).toEqual([{ data: expect.objectContaining({ approved: true }) }]);
		expect(world.emu.state.messages.get(message.id)?.content).toMatch(/^Old question\?\n\n✅ Approved by @olga/);
	});
});
