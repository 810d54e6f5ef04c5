/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the example workflow, not node code */
// examples/21-weekly-open-tasks.json: its Pachca nodes, with the parameters and the workflow timezone the
// file holds, run through n8n-core against the emulator (the Code node between them is n8n's own).
import fs from 'node:fs';
import path from 'node:path';
import type { INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { credentialsFor } from '../harness/credentials';
import { runAction } from '../harness/run';
import { emulatorPerFile, requestsTo, rl, runTask } from '../harness/fixtures/task';

interface ExampleNode {
	name: string;
	type: string;
	parameters: INodeParameters;
}

const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', '21-weekly-open-tasks.json'), 'utf8')) as {
	nodes: ExampleNode[];
	settings: { timezone: string };
};
const node = (name: string) => example.nodes.find((n) => n.name === name)!;

let emu: PachcaEmulator;
emulatorPerFile((started) => (emu = started));

describe('example 21: weekly reminder of open tasks', () => {
	it("Get Tasks reads all the bot's tasks; Send Reminder posts the text to Team", async () => {
		const team = emu.addChat({ name: 'Team' });
		await runTask(emu, { operation: 'create', kind: 'reminder', additionalFields: { content: 'Sign the NDA', dueAt: '2026-12-08T10:00:00' } });
		emu.clearRequests();

		const run = (name: string, input = [{}]) =>
			runAction({ credentials: credentialsFor(emu), parameters: node(name).parameters, timezone: example.settings.timezone }, input);
		const tasks = await run('Get Tasks');
		expect(tasks.error).toBeUndefined();
		expect(tasks.items.map((item) => item.json.content)).toEqual(['Sign the NDA']);
		expect(requestsTo(emu, 'GET', '/tasks')).toHaveLength(1);

		const text = '**Open tasks this week** (1)\n• Sign the NDA: Tue 8 Dec 10:00, task 1';
		const parameters = { ...node('Send Reminder').parameters, chatId: rl('list', team.id) };
		const sent = await runAction({ credentials: credentialsFor(emu), parameters }, [{ text }]);
		expect(sent.error).toBeUndefined();
		expect([...emu.state.messages.values()].filter((m) => m.chat_id === team.id).map((m) => m.content)).toEqual([text]);
	});
});
