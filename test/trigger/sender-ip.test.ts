// The sender-IP allowlist over real sockets (IPv4, IPv6, IPv4-mapped) and behind trusted proxies.
import { PachcaEmulator } from '../emulator';
import type { WebhookServer } from '../harness/webhook-server';
import type { TriggerSetup } from '../harness/fixtures/trigger';
import { messagePayload, post, startTrigger } from '../harness/fixtures/trigger';

let emu: PachcaEmulator;
let server: WebhookServer | undefined;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
});
afterEach(async () => {
	await server?.close();
	server = undefined;
	await emu.stop();
});

async function trigger(allowlist: string, setup: TriggerSetup = {}): Promise<WebhookServer> {
	server = await startTrigger(emu, { ...setup, credentials: { webhookAllowedIps: allowlist } });
	return server;
}

/** A correctly signed delivery from this process, optionally through a claimed proxy chain. */
async function deliver(url: string, forwardedFor?: string) {
	const body = JSON.stringify(messagePayload({ id: Math.floor(Math.random() * 1e9) }));
	const headers = forwardedFor === undefined ? undefined : { 'x-forwarded-for': forwardedFor };
	return (await post(url, body, { secret: emu.signingSecret, headers })).status;
}

describe('sender IP, socket peer (no trusted proxies)', () => {
	it('passes a sender inside an IPv4 CIDR and refuses one outside with 403', async () => {
		await trigger('10.0.0.0/8, 127.0.0.0/8');
		expect((await emu.emitWebhook('message.new')).status).toBe(200);
		expect(server!.executions).toHaveLength(1);
		await server!.close();

		await trigger('10.0.0.0/8, 37.200.70.177');
		const refused = await emu.emitWebhook('message.new');
		expect(refused).toMatchObject({ status: 403, attempts: 3 });
		expect(await post(server!.url, '{}')).toEqual({ status: 403, json: { error: 'Sender IP 127.0.0.1 is not allowed' } });
		expect(server!.executions).toHaveLength(0);
	});

	it('matches an IPv4-mapped peer (::ffff:127.0.0.1 on a dual-stack socket) against IPv4 entries', async () => {
		await trigger('127.0.0.1', { server: { host: '::' } });
		expect(await deliver(server!.url)).toBe(200);
		expect(server!.peers).toEqual(['::ffff:127.0.0.1']);
		await server!.close();

		await trigger('127.0.0.2/32', { server: { host: '::' } });
		expect(await deliver(server!.url)).toBe(403);
		expect(server!.executions).toHaveLength(0);
	});

	it('matches an IPv6 peer (::1) against IPv6 CIDRs', async () => {
		await trigger('::1/128', { server: { host: '::' } });
		expect(await deliver(`http://[::1]:${server!.port}/webhook/x/pachca`)).toBe(200);
		expect(server!.peers).toEqual(['::1']);
		expect(server!.executions).toHaveLength(1);
		await server!.close();

		await trigger('2001:db8::/32, 127.0.0.1', { server: { host: '::' } });
		expect(await deliver(`http://[::1]:${server!.port}/webhook/x/pachca`)).toBe(403);
		expect(server!.executions).toHaveLength(0);
	});

	it('ignores X-Forwarded-For: a client cannot claim to be Pachca', async () => {
		await trigger('37.200.70.177');
		expect(await deliver(server!.url, '37.200.70.177')).toBe(403);
		expect(server!.executions).toHaveLength(0);
	});
});

describe('sender IP behind trusted proxies', () => {
	const proxied = (allowlist: string, trustedProxies = 1) =>
		trigger(allowlist, { parameters: { options: { trustedProxies } } });

	it('refuses a spoofed leftmost X-Forwarded-For entry with 403', async () => {
		await proxied('37.200.70.177');
		expect(await deliver(server!.url, '37.200.70.177, 198.51.100.7')).toBe(403);
		expect(await deliver(server!.url, '37.200.70.177,198.51.100.7, 203.0.113.1')).toBe(403);
		expect(server!.executions).toHaveLength(0);
		// the entry the proxy appended is the one that counts
		expect(await deliver(server!.url, '198.51.100.7, 37.200.70.177')).toBe(200);
		expect(server!.executions).toHaveLength(1);
	});

	it('counts hops from the right with two proxies', async () => {
		// The second proxy is on the private network: trusted only because the user names it.
		await trigger('37.200.70.177', { parameters: { options: { trustedProxies: 2, trustedProxyAddresses: '127.0.0.1, 10.0.0.5' } } });
		expect(await deliver(server!.url, '1.1.1.1, 37.200.70.177, 10.0.0.5')).toBe(200);
		expect(await deliver(server!.url, '37.200.70.177, 1.1.1.1, 10.0.0.5')).toBe(403);
		expect(server!.executions).toHaveLength(1);
	});

	it('judges a request with no X-Forwarded-For by the connecting address itself', async () => {
		await proxied('37.200.70.177');
		expect(await deliver(server!.url)).toBe(403);
		expect(server!.executions).toHaveLength(0);
	});

	it('matches IPv6 and IPv4-mapped entries written by the proxy', async () => {
		await proxied('2001:db8::/32, 37.200.70.177');
		expect(await deliver(server!.url, '2001:db8:1::5')).toBe(200);
		expect(await deliver(server!.url, '[2001:db8::6]:443')).toBe(200);
		expect(await deliver(server!.url, '::ffff:37.200.70.177')).toBe(200);
		expect(server!.executions).toHaveLength(3);
		expect(await deliver(server!.url, '2001:db9::5')).toBe(403);
		expect(await deliver(server!.url, '::ffff:37.200.70.178')).toBe(403);
		expect(await deliver(server!.url, 'not-an-ip')).toBe(403);
		expect(server!.executions).toHaveLength(3);
	});
});

describe('Trusted Proxy Addresses', () => {
	const behind = (addresses: string | undefined, trustedProxies = 1) =>
		trigger('37.200.70.177', {
			parameters: {
				options: addresses === undefined ? { trustedProxies } : { trustedProxies, trustedProxyAddresses: addresses },
			},
		});

	it('refuses a direct connection (not from a proxy address) with a forged chain: 403', async () => {
		// n8n's port reached directly from 127.0.0.1, while the proxy lives at 10.0.0.0/8
		await behind('10.0.0.0/8');
		expect(await deliver(server!.url, '37.200.70.177')).toBe(403);
		expect(await deliver(server!.url, '10.0.0.7, 37.200.70.177')).toBe(403);
		expect(server!.executions).toHaveLength(0);
	});

	it('accepts the same chain when it comes through a trusted proxy (loopback and private ranges by default)', async () => {
		await behind(undefined);
		expect(await deliver(server!.url, '37.200.70.177')).toBe(200);
		await server!.close();
		await behind('127.0.0.1/32');
		expect(await deliver(server!.url, '37.200.70.177')).toBe(200);
		expect(server!.executions).toHaveLength(1);
	});

	it('empty trusts no proxy: the connecting address is the sender', async () => {
		await behind('');
		expect(await deliver(server!.url, '37.200.70.177')).toBe(403);
		expect(server!.executions).toHaveLength(0);
	});

	it('a chain longer than expected: entries left of the proxies are the client\'s and are not believed', async () => {
		await behind('127.0.0.1, 10.0.0.0/8', 2);
		expect(await deliver(server!.url, '37.200.70.177, 198.51.100.7, 10.0.0.5')).toBe(403);
		expect(await deliver(server!.url, '198.51.100.7, 37.200.70.177, 10.0.0.5')).toBe(200);
		// more trusted hops than Trusted Proxies: the walk stops after N
		expect(await deliver(server!.url, '37.200.70.177, 10.0.0.6, 10.0.0.5')).toBe(403);
		expect(server!.executions).toHaveLength(1);
	});

	it('a chain shorter than expected: the walk ends at the first address that is not a proxy', async () => {
		await behind('127.0.0.1, 10.0.0.0/8', 2);
		expect(await deliver(server!.url, '37.200.70.177')).toBe(200);
		expect(await deliver(server!.url, '198.51.100.7')).toBe(403);
		expect(server!.executions).toHaveLength(1);
	});

	it('refuses to run with an invalid entry, naming it as the editor shows the option', async () => {
		await behind('10.0.0.0/8, proxy.local');
		expect((await emu.emitWebhook('message.new')).status).toBe(500);
		expect(server!.errors[0].message).toBe('Trusted Proxy Addresses: "proxy.local" is not an IP address or CIDR range');
		expect(server!.executions).toHaveLength(0);
	});
});

describe('an invalid allowlist', () => {
	it('fails closed and visibly: 500 with the bad entry named, no execution', async () => {
		await trigger('37.200.70.177, 10.0.0.0/33, pachca.com');
		const result = await emu.emitWebhook('message.new');
		expect(result.status).toBe(500);
		expect(server!.executions).toHaveLength(0);
		expect(server!.errors[0].message).toContain('"10.0.0.0/33", "pachca.com" are not an IP address or CIDR range');
	});
});
