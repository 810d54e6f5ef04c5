// Webhook Registration through n8n-core's HookContext against the emulator: the bot's one slot.
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { PachcaEmulator } from '../emulator';
import { runHook } from '../harness/run';
import type { NodeUnderTest } from '../harness/workflow';
import { credentialsFor } from '../harness/fixtures/trigger';

const N8N = 'https://n8n.example.com';
const WEBHOOK_ID = '7d2f1c9a-1111-4222-8333-944455556666';
const PRODUCTION_URL = `${N8N}/webhook/${WEBHOOK_ID}/pachca`;
const TEST_URL = `${N8N}/webhook-test/${WEBHOOK_ID}/pachca`;
const OTHER_URL = 'https://other-service.example/pachca';

let emu: PachcaEmulator;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
});
afterEach(async () => {
	await emu.stop();
});

function spec(token: string, parameters: Record<string, unknown> = {}): NodeUnderTest {
	return {
		type: 'pachcaTrigger',
		parameters: { events: ['*'], webhookRegistration: 'automatic', ...parameters },
		credentials: credentialsFor(emu, { accessToken: token }),
		webhookId: WEBHOOK_ID,
		staticData: {},
	};
}

const hook = async (node: NodeUnderTest, method: 'checkExists' | 'create' | 'delete', isTest = false) =>
	await runHook(node, method, { webhookBaseUrl: N8N, isTest });

/** What n8n does on activation: create only when checkExists says the URL is not there. */
async function activate(node: NodeUnderTest, isTest = false): Promise<void> {
	if (!(await hook(node, 'checkExists', isTest))) await hook(node, 'create', isTest);
}

const slot = () => emu.state.bots.get(emu.botId)!.webhook.outgoing_url;
const calls = () => emu.requests.map((r) => `${r.method} ${r.path}`);

describe('Manual registration', () => {
	it('never touches the slot: checkExists is true, create and delete do nothing', async () => {
		emu.setBotWebhook(emu.botId, OTHER_URL);
		const node = spec(emu.botToken, { webhookRegistration: 'manual' });
		expect(await hook(node, 'checkExists')).toBe(true);
		expect(await hook(node, 'create')).toBe(true);
		expect(await hook(node, 'delete')).toBe(true);
		expect(emu.requests).toHaveLength(0);
		expect(slot()).toBe(OTHER_URL);
	});

	it('still validates the settings on activation', async () => {
		const node = spec(emu.botToken, { webhookRegistration: 'manual' });
		node.credentials.webhookAllowedIps = '37.200.70.177, 37.200.70.0/40';
		await expect(hook(node, 'checkExists')).rejects.toThrow('"37.200.70.0/40" is not an IP address or CIDR range');
	});
});

describe('Automatic registration with a bot token', () => {
	it('registers the production URL with PUT /bot/webhook and leaves it on deactivation (it cannot read the slot)', async () => {
		const node = spec(emu.botToken);
		await activate(node);
		expect(slot()).toBe(PRODUCTION_URL);
		expect(calls()).toEqual(['GET /oauth/token/info', 'GET /oauth/token/info', 'PUT /bot/webhook']);
		expect(emu.requests[2].body).toEqual({ webhook: { outgoing_url: PRODUCTION_URL } });

		emu.clearRequests();
		expect(await hook(node, 'delete')).toBe(true);
		expect(slot()).toBe(PRODUCTION_URL);
		expect(calls()).toEqual(['GET /oauth/token/info']);
	});

	it('does not clear a slot it did not fill', async () => {
		emu.setBotWebhook(emu.botId, OTHER_URL);
		const node = spec(emu.botToken);
		await hook(node, 'delete');
		expect(slot()).toBe(OTHER_URL);
		expect(calls()).toEqual(['GET /oauth/token/info']);
	});

	it('names the missing scope bot_self:webhook:write', async () => {
		const token = emu.createToken({ bot: true, scopes: ['messages:read'] });
		const error = await hook(spec(token), 'create').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		// the transport's hint from its route table, whatever text Pachca sends
		expect((error as NodeApiError).description).toContain('lacks the scope "bot_self:webhook:write"');
		expect((error as NodeApiError).httpCode).toBe('403');
		expect(slot()).toBeNull();
	});

	it('refuses to put a test URL over the production URL it registered', async () => {
		const node = spec(emu.botToken);
		await activate(node);
		const error = await hook(node, 'create', true).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe(`The bot's webhook already points to ${PRODUCTION_URL}: registering the test URL would replace it`);
		expect(slot()).toBe(PRODUCTION_URL);
	});
});

describe('Automatic registration with a user token and Bot ID', () => {
	it('registers with PUT /bots/{id}, sees it with checkExists, and clears only its own URL', async () => {
		const node = spec(emu.userToken, { botId: String(emu.botId) });
		expect(await hook(node, 'checkExists')).toBe(false);
		await hook(node, 'create');
		expect(slot()).toBe(PRODUCTION_URL);
		expect(emu.requests.some((r) => r.method === 'PUT' && r.path === `/bots/${emu.botId}`)).toBe(true);
		expect(await hook(node, 'checkExists')).toBe(true);

		emu.clearRequests();
		await hook(node, 'delete');
		expect(slot()).toBeNull();
		expect(calls()).toEqual(['GET /oauth/token/info', `GET /bots/${emu.botId}`, `PUT /bots/${emu.botId}`]);
	});

	it('leaves the slot alone on deactivation when someone else has taken it since', async () => {
		const node = spec(emu.userToken, { botId: String(emu.botId) });
		await activate(node);
		emu.setBotWebhook(emu.botId, OTHER_URL);
		expect(await hook(node, 'checkExists')).toBe(false);
		emu.clearRequests();
		expect(await hook(node, 'delete')).toBe(true);
		expect(slot()).toBe(OTHER_URL);
		expect(calls()).toEqual(['GET /oauth/token/info', `GET /bots/${emu.botId}`]);
	});

	it('recognises a user token without a name (not made by hand) by its bots:* scopes', async () => {
		const token = emu.createToken({ scopes: ['bots:read', 'bots:write'] });
		emu.state.tokens.get(token)!.name = null;
		await activate(spec(token, { botId: String(emu.botId) }));
		expect(slot()).toBe(PRODUCTION_URL);
		expect(calls()).toContain(`PUT /bots/${emu.botId}`);
	});

	it('requires the Bot ID', async () => {
		await expect(hook(spec(emu.userToken), 'create')).rejects.toThrow('Bot ID is required when the credential holds a user token');
		expect(emu.requests.filter((r) => r.method === 'PUT')).toEqual([]);
	});

	it('reports a Bot ID that is not an ID as such, not as missing, and changes nothing', async () => {
		await expect(hook(spec(emu.userToken, { botId: 'abc' }), 'create')).rejects.toThrow(
			'Bot ID: expected a positive numeric ID, got "abc"',
		);
		expect(emu.requests.filter((r) => r.method === 'PUT')).toEqual([]);
		expect(slot()).toBeNull();
	});

	it('ignores the Bot ID field with a bot token, which always sets its own webhook', async () => {
		await activate(spec(emu.botToken, { botId: 'abc' }));
		expect(slot()).toBe(PRODUCTION_URL);
	});

	it('names the missing scope bots:write', async () => {
		const token = emu.createToken({ scopes: ['bots:read'] });
		const error = await hook(spec(token, { botId: String(emu.botId) }), 'create').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).description).toContain('lacks the scope "bots:write"');
		expect(slot()).toBeNull();
	});

	it('without bots:read registers every time and never clears (it cannot read the slot)', async () => {
		const token = emu.createToken({ scopes: ['bots:write'] });
		const node = spec(token, { botId: String(emu.botId) });
		await activate(node);
		expect(slot()).toBe(PRODUCTION_URL);
		expect(await hook(node, 'checkExists')).toBe(false);
		emu.clearRequests();
		await hook(node, 'delete');
		expect(slot()).toBe(PRODUCTION_URL);
		expect(calls()).toEqual(['GET /oauth/token/info']);
	});

	it('guards a test URL against any production URL in the slot, but replaces a stale test URL', async () => {
		const node = spec(emu.userToken, { botId: String(emu.botId) });
		emu.setBotWebhook(emu.botId, OTHER_URL);
		await expect(hook(node, 'create', true)).rejects.toThrow(`already points to ${OTHER_URL}`);
		expect(slot()).toBe(OTHER_URL);

		emu.setBotWebhook(emu.botId, `${N8N}/webhook-test/old-id/pachca`);
		await activate(node, true);
		expect(slot()).toBe(TEST_URL);
		await hook(node, 'delete', true);
		expect(slot()).toBeNull();
	});
});

/**
 * The sequence a new user runs into: workflow A registers, workflow B (same bot) registers and takes
 * the slot, A is deactivated. B must keep receiving events, whatever the token.
 */
describe('A registers, B registers, A is deactivated', () => {
	const B_ID = '0b0b0b0b-2222-4333-8444-955566667777';
	const B_URL = `${N8N}/webhook/${B_ID}/pachca`;
	const workflowB = (node: NodeUnderTest): NodeUnderTest => ({ ...node, webhookId: B_ID, staticData: {} });

	const cases: Array<[string, () => Record<string, unknown>, () => string]> = [
		['a bot token', () => ({}), () => emu.botToken],
		['a user token with bots:read', () => ({ botId: String(emu.botId) }), () => emu.userToken],
		['a user token without bots:read', () => ({ botId: String(emu.botId) }), () => emu.createToken({ scopes: ['bots:write'] })],
	];

	it.each(cases)('with %s, B keeps the slot', async (_name, parameters, token) => {
		const a = spec(token(), parameters());
		const b = workflowB(spec(token(), parameters()));
		await activate(a);
		expect(slot()).toBe(PRODUCTION_URL);
		await activate(b);
		expect(slot()).toBe(B_URL);
		await hook(a, 'delete');
		expect(slot()).toBe(B_URL);
		expect(emu.requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
			{ webhook: { outgoing_url: PRODUCTION_URL } },
			{ webhook: { outgoing_url: B_URL } },
		]);
		// and B, deactivated last, clears the slot where it can read that the URL is its own
		await hook(b, 'delete');
		expect(slot()).toBe(_name === 'a user token with bots:read' ? null : B_URL);
	});

	it('with a bot token, A activated again takes the slot back, and deactivating B then leaves A alone', async () => {
		const a = spec(emu.botToken);
		const b = workflowB(spec(emu.botToken));
		await activate(a);
		await activate(b);
		await hook(a, 'delete');
		await activate(a);
		expect(slot()).toBe(PRODUCTION_URL);
		await hook(b, 'delete');
		expect(slot()).toBe(PRODUCTION_URL);
	});
});
