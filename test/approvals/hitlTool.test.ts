// n8n's "Human review" tool (pachcaHitlTool) built from our node as n8n 2.41 builds it: the agent's
// message, in the parameter n8n injects, is the question that is sent, and an answer resumes it.
import type { INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { credentialsFor } from '../harness/credentials';
import { nodeTypes } from '../harness/workflow';
import { approvalsPerFile, clickAs, OLGA, requestsTo, rl, sentMessage } from '../harness/fixtures/approvals';
import { buttonUrls } from '../harness/fixtures/sendAndWait';

const world = approvalsPerFile();

const AGENT_MESSAGE = 'The agent wants to run this tool: delete_user\n\nInput:\n{"id":7}';

const runTool = async (parameters: INodeParameters, typeVersion = 2) =>
	await world.server.execute(
		{ type: 'pachcaHitlTool', typeVersion, parameters: { sendTo: 'chat', chatId: rl('id', world.chat.id), ...parameters }, credentials: credentialsFor(world.emu) },
		[{ toolCallId: 'call_1' }],
	);

describe('the Human review tool n8n derives from the node (pachcaHitlTool)', () => {
	it("has n8n's required Message first, and (node version 2) no Content of its own to fill", () => {
		const tool = nodeTypes.getByNameAndVersion('n8n-nodes-pachca-bots.pachcaHitlTool', 2);
		const properties = tool.description.properties;
		expect(properties[0]).toMatchObject({ name: 'message', required: true });
		const shown = (name: string, version: number) =>
			properties
				.filter((p) => p.name === name)
				.some((p) => NodeHelpers.displayParameter({ resource: 'message', operation: 'sendAndWait', responseType: 'approval' }, p, { typeVersion: version } as never, tool.description));
		expect(shown('content', 2)).toBe(false);
		expect(shown('content', 1)).toBe(true);
	});

	it("sends the agent's message as the question, and the answer resumes the tool", async () => {
		const execution = await runTool({ message: AGENT_MESSAGE });
		expect(execution.run.data.resultData.error).toBeUndefined();
		const question = sentMessage(world.emu);
		expect(question.content).toBe(AGENT_MESSAGE);

		await world.server.open(buttonUrls(question).Approve);

		expect(execution.items()).toEqual([{ data: { approved: true } }]);
	});

	it('answered in the chat, the tool learns who approved', async () => {
		const execution = await runTool({ message: AGENT_MESSAGE, answerIn: 'chat', approvers: { userIds: `${OLGA}` } });
		const question = sentMessage(world.emu);
		expect(question.content).toBe(AGENT_MESSAGE);

		await clickAs(world, OLGA, question, 'Approve');

		expect(execution.items()).toEqual([{ data: expect.objectContaining({ approved: true, decidedBy: expect.objectContaining({ userId: OLGA }) }) }]);
	});

	it('asks the user picked in the User picker, in a direct message', async () => {
		const execution = await runTool({ message: AGENT_MESSAGE, sendTo: 'user', userId: rl('list', String(OLGA)) });
		expect(execution.run.data.resultData.error).toBeUndefined();

		expect(requestsTo(world.emu, 'POST', '/messages').map((r) => r.body)).toEqual([
			{ message: { entity_type: 'user', entity_id: OLGA, content: AGENT_MESSAGE } },
		]);
	});

	it('a tool made from node version 1 (Content filled by hand) sends the agent message too', async () => {
		const execution = await runTool({ message: AGENT_MESSAGE, content: 'typed by hand' }, 1);
		expect(execution.run.data.resultData.error).toBeUndefined();
		expect(sentMessage(world.emu).content).toBe(AGENT_MESSAGE);
	});
});
