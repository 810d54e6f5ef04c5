// Clicks that must resume nothing: an old question's, a replayed one, forged ones.
import { createHmac } from 'node:crypto';

import { decodeButtonData, signClick } from '../../nodes/shared/approvals';
import { approvalsPerFile, askInChat, buttonData, clickAs, OLGA, PAVEL, requestsTo, sentMessage, startBotTrigger } from '../harness/fixtures/approvals';
import { post } from '../harness/fixtures/trigger';

const world = approvalsPerFile();

/** The key both nodes derive from the bot's token (the protocol, written out). */
const botKey = () => createHmac('sha256', world.emu.botToken).update('n8n-nodes-pachca-bots:approvals:v1').digest();

const twoApprovals = { approvers: { userIds: `${OLGA}, ${PAVEL}`, requiredApprovals: 2 } };

describe('Send and Wait in the chat: refused clicks', () => {
	it("an earlier question's button (a loop asked again) resumes nothing and changes no message", async () => {
		const execution = await askInChat(
			world,
			{ options: { limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 10, resumeUnit: 'minutes' } } } },
			{ loop: true },
		);
		const first = structuredClone(sentMessage(world.emu));
		await world.server.timeOut(execution);
		const second = sentMessage(world.emu);
		expect(second.id).not.toBe(first.id);
		world.emu.clearRequests();

		await clickAs(world, OLGA, first, 'Deploy');

		expect(execution.data.waitTill).toBeInstanceOf(Date);
		expect(requestsTo(world.emu, 'PUT', `/messages/${first.id}`)).toEqual([]);
		expect(requestsTo(world.emu, 'PUT', `/messages/${second.id}`)).toEqual([]);
	});

	it('a replayed click counts once: the same delivery again, and again at another n8n process (queue mode)', async () => {
		const execution = await askInChat(world, twoApprovals);
		const message = sentMessage(world.emu);
		const click = await clickAs(world, OLGA, message, 'Deploy');
		const recorded = world.emu.state.messages.get(message.id)!.content;
		const { headers } = world.emu.deliveries.at(-1)!;
		const replay = { headers: { 'pachca-signature': headers['pachca-signature'] } };

		const same = await post(world.trigger.url, click.rawBody, replay);
		expect(same).toEqual({ status: 200, json: { status: 'duplicate' } });

		const otherProcess = await startBotTrigger(world);
		try {
			const elsewhere = await post(otherProcess.url, click.rawBody, replay);
			await world.server.idle();
			expect(elsewhere).toEqual({ status: 200, json: { status: 'duplicate' } });
		} finally {
			await otherProcess.close();
			world.emu.setBotWebhook(world.emu.botId, world.trigger.url);
		}
		expect(execution.finished()).toBe(false);
		expect(world.emu.state.messages.get(message.id)!.content).toBe(recorded);
	});

	it('a click after the decision (a stale client) is refused: n8n says no action is required', async () => {
		const execution = await askInChat(world);
		const message = structuredClone(sentMessage(world.emu));
		await clickAs(world, OLGA, message, 'Deploy');
		world.emu.clearRequests();

		const late = await clickAs(world, PAVEL, message, 'Cancel');

		expect(late.status).toBe(200);
		expect(execution.items()).toEqual([{ data: expect.objectContaining({ approved: true }) }]);
		expect(world.emu.requests).toEqual([]);
	});

	it('button data the bot did not sign (changed, or made up) is refused by the trigger', async () => {
		const execution = await askInChat(world);
		const message = sentMessage(world.emu);
		const data = buttonData(message).Cancel;
		world.emu.clearRequests();

		const flipped = data.replace('pa1|r|', 'pa1|a|');
		const badMac = `${data.slice(0, -2)}AA`;
		for (const forged of [flipped, badMac]) {
			const delivery = await world.emu.emitWebhook('button.click', { message_id: message.id, user_id: OLGA, data: forged });
			await world.server.idle();
			expect(delivery.status).toBe(200);
		}
		expect(execution.finished()).toBe(false);
		expect(world.emu.requests).toEqual([]);
		expect(world.trigger.executions.filter((run) => String(run[0][0].json.data).startsWith('pa1|'))).toEqual([]);
	});

	it('a click Pachca did not sign is refused (401), and a trigger without the Signing Secret forwards none', async () => {
		const execution = await askInChat(world);
		const message = sentMessage(world.emu);
		const data = buttonData(message).Deploy;

		const unsigned = await world.emu.emitWebhook('button.click', { message_id: message.id, user_id: OLGA, data }, { signature: 'f'.repeat(64) });
		expect(unsigned.status).toBe(401);

		const open = await startBotTrigger(world, { credentials: { signingSecret: '' } });
		try {
			const reply = await post(
				open.url,
				JSON.stringify({ type: 'button', event: 'click', message_id: message.id, user_id: OLGA, data, trigger_id: 't', chat_id: message.chat_id, webhook_timestamp: Math.floor(Date.now() / 1000) }),
			);
			await world.server.idle();
			expect(reply).toEqual({ status: 200, json: { status: 'refused', reason: 'approval clicks need the Webhook Signing Secret' } });
		} finally {
			await open.close();
			world.emu.setBotWebhook(world.emu.botId, world.trigger.url);
		}
		expect(execution.finished()).toBe(false);
	});

	it('a request straight to the resume URL (its path and signature are in the data) needs the bot key and a fresh time', async () => {
		const execution = await askInChat(world);
		const message = sentMessage(world.emu);
		const target = decodeButtonData(botKey(), buttonData(message).Deploy)!;
		const url = `${world.server.origin}${target.path}?signature=${target.signature}`;
		const click = { message_id: message.id, user_id: OLGA, decision: 'a' as const, trigger_id: 'x' };
		world.emu.clearRequests();

		const forged = signClick(createHmac('sha256', 'another token').update('n8n-nodes-pachca-bots:approvals:v1').digest(), {
			...click,
			received_at: Date.now(),
		});
		const stale = signClick(botKey(), { ...click, received_at: Date.now() - 10 * 60 * 1000 });
		const answers = [];
		for (const body of [forged, stale, { ...click, received_at: Date.now() }]) {
			answers.push(await post(url, JSON.stringify(body)));
		}
		await world.server.idle();

		expect(answers.map((a) => a.status)).toEqual([401, 401, 401]);
		expect(answers.map((a) => (a.json as { reason: string }).reason)).toEqual(['bad signature', 'too old (a replay)', 'not a forwarded click']);
		expect(execution.finished()).toBe(false);
		expect(world.emu.requests).toEqual([]);
	});
});
