import { ADMIN, approvalsPerFile, askInChat, buttonData, clickAs, OLGA, PAVEL, requestsTo, sentMessage } from '../harness/fixtures/approvals';
import { runMessage } from '../harness/fixtures/message';

const world = approvalsPerFile();

const threadReplies = (messageId: number) => {
	const thread = [...world.emu.state.threads.values()].find((t) => t.message_id === messageId);
	return thread ? [...world.emu.state.messages.values()].filter((m) => m.chat_id === thread.chat_id).map((m) => m.content) : [];
};

const decisions = (items: Array<Record<string, unknown>>) =>
	(items[0].data as { decisions: Array<{ userId: number; decision: string }> }).decisions.map((d) => [d.userId, d.decision]);

describe('Send and Wait in the chat: approvers', () => {
	it('a user who is not an approver is told in the thread, and the wait goes on; an approver then decides', async () => {
		const execution = await askInChat(world, { approvers: { userIds: `${OLGA}` } });
		const message = sentMessage(world.emu);

		await clickAs(world, PAVEL, message, 'Deploy');

		expect(execution.finished()).toBe(false);
		expect(threadReplies(message.id)).toEqual([
			'@pavel, only the approvers of this request can answer it: your click was not counted.',
		]);
		expect(world.emu.state.messages.get(message.id)).toMatchObject({ content: 'Deploy **v2.4** to production?' });
		expect(world.emu.state.messages.get(message.id)?.buttons).toHaveLength(1);

		await clickAs(world, OLGA, message, 'Deploy');
		expect(execution.items()).toEqual([{ data: expect.objectContaining({ approved: true, decidedBy: expect.objectContaining({ userId: OLGA }) }) }]);
	});

	it('with Clicks by Others: Ignore, nothing is said and nothing changes', async () => {
		const execution = await askInChat(world, { approvers: { userIds: `${OLGA}`, othersClick: 'ignore' } });
		const message = sentMessage(world.emu);
		world.emu.clearRequests();

		await clickAs(world, PAVEL, message, 'Cancel');

		expect(execution.finished()).toBe(false);
		expect(threadReplies(message.id)).toEqual([]);
		expect(world.emu.requests.filter((r) => r.method !== 'GET')).toEqual([]);
	});

	it('members of a listed group tag may answer (read from GET /group_tags/{id}/users when they click)', async () => {
		const tag = world.emu.state.addGroupTag('Release managers', [PAVEL]);
		const execution = await askInChat(world, { approvers: { groupTagIds: `${tag.id}` } });
		const message = sentMessage(world.emu);

		await clickAs(world, OLGA, message, 'Deploy');
		expect(execution.finished()).toBe(false);

		world.emu.clearRequests();
		await clickAs(world, PAVEL, message, 'Deploy');
		expect(requestsTo(world.emu, 'GET', `/group_tags/${tag.id}/users`)).toHaveLength(1);
		expect(execution.items()).toEqual([{ data: expect.objectContaining({ approved: true, decidedBy: expect.objectContaining({ userId: PAVEL }) }) }]);
	});

	it('2 of 3: the first approval is written into the message and the wait goes on; the second resumes with both', async () => {
		world.emu.state.addUser({ id: 15, first_name: 'Ivan', last_name: 'Petrov', nickname: 'ivan' });
		const execution = await askInChat(
			world,
			{ approvers: { userIds: `${OLGA}, ${PAVEL}, 15`, requiredApprovals: 2 } },
			{ timezone: 'UTC' },
		);
		const message = sentMessage(world.emu);
		const initialData = buttonData(message).Deploy;

		await clickAs(world, OLGA, message, 'Deploy');

		expect(execution.finished()).toBe(false);
		const afterOne = world.emu.state.messages.get(message.id)!;
		expect(afterOne.content).toMatch(/^Deploy \*\*v2\.4\*\* to production\?\n\n✅ Approved by @olga at \d\d:\d\d\n⏳ Waiting for 1 more approval$/);
		expect(Object.keys(buttonData(afterOne))).toEqual(['Deploy', 'Cancel']);
		expect(buttonData(afterOne).Deploy).not.toBe(initialData);

		// The same approver again counts once.
		await clickAs(world, OLGA, message, 'Deploy');
		expect(execution.finished()).toBe(false);

		await clickAs(world, 15, message, 'Deploy');

		expect(execution.finished()).toBe(true);
		expect(decisions(execution.items())).toEqual([
			[OLGA, 'approved'],
			[15, 'approved'],
		]);
		expect(world.emu.state.messages.get(message.id)).toMatchObject({
			content: expect.stringMatching(/\n\n✅ Approved by @olga at \d\d:\d\d\n✅ Approved by @ivan at \d\d:\d\d$/),
			buttons: null,
		});
	});

	it('two approvals at the same moment are both counted (one n8n process counts them one after the other)', async () => {
		const execution = await askInChat(world, { approvers: { userIds: `${OLGA}, ${PAVEL}, ${ADMIN}`, requiredApprovals: 3 } });
		const message = sentMessage(world.emu);

		await Promise.all([clickAs(world, OLGA, message, 'Deploy'), clickAs(world, PAVEL, message, 'Deploy')]);

		expect(execution.finished()).toBe(false);
		expect(world.emu.state.messages.get(message.id)?.content).toMatch(/@olga[^\n]*\n✅ Approved by @pavel|@pavel[^\n]*\n✅ Approved by @olga/);
		await clickAs(world, ADMIN, message, 'Deploy');
		expect(decisions(execution.items()).map(([user]) => user).sort()).toEqual([ADMIN, OLGA, PAVEL].sort());
	});

	it('a rejection by an approver ends the wait at once, with the approvals so far in the output', async () => {
		const execution = await askInChat(world, { approvers: { userIds: `${OLGA}, ${PAVEL}, ${ADMIN}`, requiredApprovals: 3 } });
		const message = sentMessage(world.emu);

		await clickAs(world, OLGA, message, 'Deploy');
		await clickAs(world, PAVEL, message, 'Cancel');

		expect(execution.items()).toEqual([{ data: expect.objectContaining({ approved: false }) }]);
		expect(decisions(execution.items())).toEqual([
			[OLGA, 'approved'],
			[PAVEL, 'rejected'],
		]);
		expect(world.emu.state.messages.get(message.id)?.content).toMatch(/✅ Approved by @olga at \d\d:\d\d\n❌ Rejected by @pavel at \d\d:\d\d$/);
	});

	it('more required approvals than listed users is refused before anything is sent', async () => {
		world.emu.clearRequests();
		const execution = await askInChat(world, { approvers: { userIds: `${OLGA}`, requiredApprovals: 2 } });

		expect(execution.run.data.resultData.error?.message).toMatch(/Required Approvals.*2 approvals cannot come from 1 listed user/);
		expect(requestsTo(world.emu, 'POST', '/messages')).toEqual([]);
	});

	it('an approver list that is not IDs is refused before anything is sent, naming the field', async () => {
		world.emu.clearRequests();
		const execution = await askInChat(world, { approvers: { userIds: 'olga, 14' } });

		expect(execution.run.data.resultData.error?.message).toMatch(/User IDs/);
		expect(requestsTo(world.emu, 'POST', '/messages')).toEqual([]);
	});

	it('the message was changed by someone else (buttons removed): a click resumes nothing', async () => {
		const execution = await askInChat(world);
		const message = structuredClone(sentMessage(world.emu));
		await runMessage(world.emu, { operation: 'update', messageId: { __rl: true, mode: 'id', value: message.id }, buttonsMode: 'remove' });

		await clickAs(world, OLGA, message, 'Deploy');

		expect(execution.finished()).toBe(false);
	});
});
