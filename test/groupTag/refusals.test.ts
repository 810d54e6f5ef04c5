import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, requestsTo, rl, runGroupTag } from '../harness/fixtures/groupTag';

let emu: PachcaEmulator;
let tagId: number;

emulatorPerFile((started) => {
	emu = started;
	tagId = emu.state.addGroupTag('Checked', []).id;
});

const long = 'я'.repeat(256);

describe('Bad input is an error naming the parameter and the item, and nothing is sent', () => {
	it.each([
		['a blank Name', { operation: 'create', name: '  ' }, 'Name: is empty (item 0)'],
		['a Name over 255 characters', { operation: 'create', name: long }, 'Name: 256 characters, at most 255 are allowed (item 0)'],
		['a Name expression that finds nothing', { operation: 'create', name: '={{ $json.missing }}' }, 'Name: expected text, got undefined (item 0)'],
		['a blank New Name from an expression', { operation: 'update', groupTagId: rl('id', 1), newName: '={{ " " }}' }, 'New Name: is empty (item 0)'],
		['a New Name over 255 characters', { operation: 'update', groupTagId: rl('id', 1), newName: long }, 'New Name: 256 characters, at most 255 are allowed (item 0)'],
		['a Group Tag that is not a number', { operation: 'get', groupTagId: rl('id', '={{ "Design" }}') }, 'Group Tag: expected a positive numeric ID, got "Design" (item 0)'],
		['a Group Tag expression that finds nothing', { operation: 'delete', groupTagId: rl('id', '={{ $json.tag }}') }, 'Group Tag: expected a positive numeric ID, got'],
		['a Limit of 0', { operation: 'getMany', returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
		['a Return All that is not a boolean', { operation: 'getUsers', groupTagId: rl('id', 1), returnAll: '={{ "all" }}' }, 'Return All: expected true or false, got "all" (item 0)'],
	])('%s', async (_case, parameters, message) => {
		const result = await runGroupTag(emu, parameters);
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('A token that may not do it is told which token may', () => {
	it('a bot token cannot create tags: the error says only an admin token has group_tags:write', async () => {
		const result = await runGroupTag(emu, { operation: 'create', name: 'From a bot' }, [{}], { token: emu.botToken });
		expect(result.error?.message).toBe(
			'The scope "group_tags:write" is only for the personal token of a workspace admin or the owner, and the credential holds a bot token',
		);
		expect(requestsTo(emu, 'POST', '/group_tags')).toHaveLength(1);
		expect(emu.state.groupTags.size).toBe(1);
	});

	it('an admin token without group_tags:write is told to grant it, and who can have it', async () => {
		const token = emu.createToken({ scopes: ['group_tags:read'] });
		const result = await runGroupTag(emu, { operation: 'delete', groupTagId: rl('id', tagId) }, [{}], { token });
		expect(result.error?.message).toContain('failed with 403');
		expect(result.error?.description).toBe(
			"The user token lacks the scope \"group_tags:write\", which only the personal token of a workspace admin or the owner can have. If the credential holds such a token, grant it in the token's settings (Automations → API), then retry; if not, use such a token.",
		);
		expect(emu.state.groupTags.has(tagId)).toBe(true);
	});

	it('a bot token without group_tags:read is told that bots can have it', async () => {
		const token = emu.createToken({ bot: true, scopes: ['messages:read'] });
		const result = await runGroupTag(emu, { operation: 'getMany', returnAll: true }, [{}], { token });
		expect(result.error?.description).toBe(
			"The bot token lacks the scope \"group_tags:read\", which a bot token or a user token can have. Grant it in the bot's API settings, then retry.",
		);
	});

	it('a workspace whose plan lacks the method (402) gets a readable error', async () => {
		emu.injectFault({ method: 'GET', path: `/group_tags/${tagId}`, kind: 'status', status: 402 });
		const result = await runGroupTag(emu, { operation: 'get', groupTagId: rl('id', tagId) });
		expect(result.error?.message).toContain('failed with 402');
		expect(result.error?.description).toContain('non-payment');
	});
});
