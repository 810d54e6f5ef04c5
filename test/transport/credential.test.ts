import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile } from '../harness/emulator';
import { testCredential } from '../harness/credential-test';
import { credentialsFor } from './probe';

describe('Pachca API credential test (GET /oauth/token/info through n8n-core RoutingNode)', () => {
	let emulator: PachcaEmulator;
	emulatorPerFile((started) => (emulator = started), { rateLimits: false });

	it('accepts a valid bot token, sending it as a Bearer header to the token-info endpoint', async () => {
		const result = await testCredential(credentialsFor(emulator));
		expect(result?.[0]?.[0]?.json).toMatchObject({ data: { user_id: emulator.botId } });
		expect(emulator.requests).toHaveLength(1);
		expect(emulator.requests[0]).toMatchObject({ method: 'GET', path: '/oauth/token/info', status: 200 });
		expect(emulator.requests[0].headers.authorization).toBe(`Bearer ${emulator.botToken}`);
	});

	it('works for a bot token that has no scopes at all', async () => {
		const bare = emulator.createToken({ scopes: [], bot: true });
		await expect(testCredential(credentialsFor(emulator, { accessToken: bare }))).resolves.toBeDefined();
	});

	it('tolerates a trailing slash in the base URL', async () => {
		const result = await testCredential({ ...credentialsFor(emulator), baseUrl: `${emulator.baseUrl}/` });
		expect(result?.[0]?.[0]?.json).toHaveProperty('data');
		expect(emulator.requests[0].path).toBe('/oauth/token/info');
	});

	it('rejects an unknown token', async () => {
		await expect(testCredential(credentialsFor(emulator, { accessToken: 'not-a-real-token' }))).rejects.toThrow();
		expect(emulator.requests[0].status).toBe(401);
	});
});
