/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads an example workflow beside the tests */
// examples/20-offboarding.json (its parameters are checked with every example's in test/package/examples.test.ts):
// each of its Pachca nodes runs through n8n-core against the emulator with the
// items the example's earlier nodes would hand it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INode, INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, runPeople } from '../harness/fixtures/user';
import { runResource } from '../harness/resource';

const example = JSON.parse(readFileSync(resolve(__dirname, '../../examples/20-offboarding.json'), 'utf8')) as { nodes: INode[] };
const pachcaNodes = example.nodes.filter((node) => node.type === 'n8n-nodes-pachca-bots.pachca');
/** A Pachca node's parameters without `resource`, which the run helpers set. */
function byName(name: string): INodeParameters {
	const parameters = { ...pachcaNodes.find((node) => node.name === name)!.parameters };
	delete parameters.resource;
	return parameters;
}
/** The example's parameters with `$('Get User').item.json` and `$json` read from the item instead. */
const standalone = (parameters: INodeParameters) =>
	JSON.parse(JSON.stringify(parameters).replace(/\$\('Get User'\)\.item\.json/g, '$json')) as INodeParameters;

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

describe('examples/20-offboarding.json', () => {
	it("runs against the emulator: the user's away status is set, they leave the chat, HR hears of it", async () => {
		const hr = emu.addChat({ name: 'HR' });
		const shared = emu.addChat({ name: 'Project', memberIds: [13] });
		const user = await runPeople(emu, 'user', byName('Get User'), { input: [{ user_ids: 13 }] });
		const status = await runPeople(emu, 'user', byName('Set Away Status'), { input: [user.items[0].json] });
		const removed = await runResource(emu, 'chatMember', byName('Remove From Chat'), [{ chatId: shared.id, userId: 13 }], { token: emu.userToken });
		const post = standalone(byName('Post to HR'));
		const posted = await runResource(emu, 'message', { ...post, chatId: { __rl: true, mode: 'id', value: String(hr.id) } }, [user.items[0].json]);

		expect([user.error, status.error, removed.error, posted.error]).toEqual([undefined, undefined, undefined, undefined]);
		expect(emu.state.users.get(13)?.user_status).toMatchObject({ title: 'No longer with the company', is_away: true });
		expect(emu.state.chats.get(shared.id)?.member_ids).not.toContain(13);
		expect(posted.items[0].json.content).toBe(
			'Olga Ivanova (ID 13) was deactivated: their status now says they have left, and they are removed from the chats they shared with the admin.',
		);
	});
});
