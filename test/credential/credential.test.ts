import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, requestsTo, runTokenInfo } from '../harness/fixtures/credential';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

describe('Credential → Get Token Info', () => {
	it("a bot token: its scopes, token_type bot, the token masked as Pachca masks it", async () => {
		const result = await runTokenInfo(emu);
		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'GET', '/oauth/token/info')).toHaveLength(1);
		const [item] = result.items;
		expect(item.json).toMatchObject({ user_id: emu.botId, name: null, token_type: 'bot', scopes: emu.state.tokens.get(emu.botToken)!.scopes });
		expect(item.json.token).toBe(`${emu.botToken.slice(0, 8)}...${emu.botToken.slice(-4)}`);
		expect(item.json).not.toHaveProperty('missing_scopes');
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('a user token: token_type user, and Scopes to Check lists the scopes it lacks', async () => {
		const token = emu.createToken({ scopes: ['users:read', 'bots:read'] });
		const result = await runTokenInfo(emu, { requiredScopes: 'users:read, audit_events:read,bots:write' }, [{}], { token });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ token_type: 'user', user_id: emu.userId, scopes: ['users:read', 'bots:read'] });
		expect(result.items[0].json.missing_scopes).toEqual(['audit_events:read', 'bots:write']);
	});

	it('a token without any scope may still read its own info (the method needs none)', async () => {
		const token = emu.createToken({ bot: true, scopes: [] });
		const result = await runTokenInfo(emu, { requiredScopes: 'messages:create' }, [{}], { token });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.missing_scopes).toEqual(['messages:create']);
	});

	it('a revoked token: 401 with the hint to check the credential', async () => {
		const result = await runTokenInfo(emu, {}, [{}], { token: 'emu-revoked-token' });
		expect(result.error?.message).toContain('401');
		expect(result.error?.description).toContain('Check the access token in the Pachca credential');
	});

	it.each([
		['a Scopes to Check entry that is not a scope', { requiredScopes: 'messages:create, read everything' }, 'Scopes to Check: "read everything" is not a scope (like messages:create) (item 0)'],
		['a Scopes to Check expression that gives an object', { requiredScopes: '={{ { scope: 1 } }}' }, 'Scopes to Check: expected text, got'],
	])('%s is an error naming the parameter, and nothing is sent', async (_case, parameters, message) => {
		const result = await runTokenInfo(emu, parameters);
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});
