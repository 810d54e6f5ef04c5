import type { INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { ROUTES } from '../emulator/server';
import { binaryOf, emulatorPerFile, PNG, rl, runPeople } from '../harness/fixtures/user';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const OLGA = 13;
const image = [{ data: binaryOf(PNG, 'a.png', 'image/png') }];

/** Operations whose scope only an admin's or the owner's token holds (x-scope-roles: owner, admin). */
const adminOnly: Array<[string, string, INodeParameters]> = [
	['create', 'users:create', { email: 'someone@example.com' }],
	['update', 'users:update', { userId: rl('id', OLGA), updateFields: { title: 'X' } }],
	['delete', 'users:delete', { userId: rl('id', OLGA) }],
	['updateStatus', 'user_status:write', { userId: rl('id', OLGA), emoji: '🌴', title: 'Away' }],
	['deleteStatus', 'user_status:write', { userId: rl('id', OLGA) }],
	['updateAvatar', 'user_avatar:write', { userId: rl('id', OLGA), binaryPropertyName: 'data' }],
	['deleteAvatar', 'user_avatar:write', { userId: rl('id', OLGA) }],
];

describe('A token that cannot manage people is told which token can', () => {
	it.each(adminOnly)('User → %s with a bot token: names %s and the admin token that holds it', async (operation, scope, parameters) => {
		const result = await runPeople(emu, 'user', { operation, ...parameters }, { token: emu.botToken, binary: image });

		expect(result.error?.message).toBe(`The scope "${scope}" is only for the personal token of a workspace admin or the owner, and the credential holds a bot token`);
		expect(result.error?.description).toContain(`A bot token can never be given "${scope}", so granting it cannot help`);
		expect(emu.state.users.has(OLGA)).toBe(true);
	});

	it.each(adminOnly)("User → %s with an employee's token without %s: says only an admin's token can hold it", async (operation, scope, parameters) => {
		const token = emu.createToken({ userId: OLGA, scopes: ['users:read'] });

		const result = await runPeople(emu, 'user', { operation, ...parameters }, { token, binary: image });

		expect(result.error?.message).toContain('failed with 403');
		expect(result.error?.description).toBe(
			`The user token lacks the scope "${scope}", which only the personal token of a workspace admin or the owner can have. If the credential holds such a token, grant it in the token's settings (Automations → API), then retry; if not, use such a token.`,
		);
	});

	it("an employee's token that still has the scope (the role was lowered) is told the owner is no longer an admin", async () => {
		const token = emu.createToken({ userId: 14, scopes: ['user_status:write'] });

		const result = await runPeople(emu, 'user', { operation: 'deleteStatus', userId: rl('id', OLGA) }, { token });

		expect(result.error?.description).toMatch(/^The user token has "user_status:write", yet Pachca refused: its owner is no longer an admin/);
	});

	it.each([
		['user', 'get', 'users:read', { userId: rl('id', OLGA) }],
		['user', 'getMany', 'users:read', {}],
		['user', 'getStatus', 'user_status:read', { userId: rl('id', OLGA) }],
		['profile', 'get', 'profile:read', {}],
		['profile', 'getStatus', 'profile_status:read', {}],
		['profile', 'updateStatus', 'profile_status:write', { emoji: '🌴', title: 'Away' }],
		['profile', 'deleteStatus', 'profile_status:write', {}],
		['profile', 'updateAvatar', 'profile_avatar:write', { binaryPropertyName: 'data' }],
		['profile', 'deleteAvatar', 'profile_avatar:write', {}],
		['customProperty', 'getMany', 'custom_properties:read', { entityType: 'User' }],
	] as const)('%s → %s without %s: names the scope, which bot and user tokens may hold', async (resource, operation, scope, parameters) => {
		const token = emu.createToken({ bot: true, scopes: ['messages:read'] });

		const result = await runPeople(emu, resource, { operation, ...parameters }, { token, binary: image });

		expect(result.error?.message).toContain('403');
		expect(result.error?.description).toBe(`The token lacks the scope "${scope}". Grant it in the bot's or token's API settings in Pachca, then retry.`);
	});
});

describe('402 from Pachca', () => {
	it("a workspace whose access is suspended: every method answers 402, and the error says to check the workspace's billing", async () => {
		emu.injectFault({ method: 'GET', path: '/users', kind: 'status', status: 402 });

		const result = await runPeople(emu, 'user', { operation: 'getMany' });

		expect(result.error?.message).toContain('failed with 402');
		expect(result.error?.description).toBe("Pachca suspended the workspace's access for non-payment: check its billing in Pachca.");
	});

	it('a plan-only method on a lower plan: the emulator answers 402 and the error names the plan', async () => {
		// No method of these resources needs a plan (audit events and exports do): one is marked as needing it here.
		const served = ROUTES.find((route) => route.method === 'GET' && route.path === '/custom_properties')!;
		const { CUSTOM_PROPERTY_ROUTES } = await import('../../nodes/Pachca/actions/customProperty/routes');
		const declared = CUSTOM_PROPERTY_ROUTES.list as { plan?: string };
		served.plan = declared.plan = 'corporation';
		emu.state.plan = 'team';
		try {
			const refused = await runPeople(emu, 'customProperty', { operation: 'getMany', entityType: 'User' });
			emu.state.plan = 'corporation';
			const served200 = await runPeople(emu, 'customProperty', { operation: 'getMany', entityType: 'User' });

			expect(refused.error?.message).toContain('failed with 402: plan: This method is available on the corporation plan only');
			expect(refused.error?.description).toContain("This method needs Pachca's Corporation plan");
			expect(served200.error).toBeUndefined();
		} finally {
			delete served.plan;
			delete declared.plan;
			emu.state.plan = 'corporation';
		}
	});
});
