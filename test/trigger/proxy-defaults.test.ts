// Trusted Proxy Addresses by default: loopback only. A host elsewhere on the LAN or the Docker bridge
// that claims a Pachca address in X-Forwarded-For is judged by its own address, and the refusal names
// the address the request came from, so a user can copy their proxy's address into the option.
import { triggerProperties } from '../../nodes/PachcaTrigger/description';
import { parseAllowlist, verifyWebhook } from '../../nodes/shared/webhookSecurity';
import { PachcaEmulator } from '../emulator';
import type { WebhookServer } from '../harness/webhook-server';
import { hmacHex, messagePayload, post, startTrigger } from '../harness/fixtures/trigger';

const PACHCA_IP = '37.200.70.177';

/** The option's default as the editor fills it in. */
function defaultProxyAddresses(): string {
	const options = triggerProperties.find((property) => property.name === 'options')?.options ?? [];
	const option = options.find((entry) => 'name' in entry && entry.name === 'trustedProxyAddresses') as { default: string };
	return option.default;
}

function requestFrom(remoteAddress: string, secret: string) {
	const rawBody = Buffer.from(JSON.stringify(messagePayload()));
	return {
		rawBody,
		headers: { 'x-forwarded-for': PACHCA_IP, 'pachca-signature': hmacHex(rawBody, secret) },
		remoteAddress,
	};
}

describe('the default Trusted Proxy Addresses', () => {
	const config = (secret: string) => ({
		allowedRanges: parseAllowlist(PACHCA_IP).ranges,
		trustedProxies: 1,
		trustedProxyRanges: parseAllowlist(defaultProxyAddresses()).ranges,
		signingSecret: secret,
		replayWindowSeconds: 60,
	});

	it.each(['172.17.0.1', '192.168.1.20', '10.1.2.3', 'fd00::5'])(
		'do not trust %s: its X-Forwarded-For with a Pachca address is refused, naming the address',
		(peer) => {
			const verdict = verifyWebhook(requestFrom(peer, 's3cret'), config('s3cret'), Date.now());
			expect(verdict).toMatchObject({ ok: false, status: 403 });
			expect((verdict as { reason: string }).reason).toContain(peer);
		},
	);

	it.each(['127.0.0.1', '::1'])('trust a proxy on the same machine (%s)', (peer) => {
		expect(verifyWebhook(requestFrom(peer, 's3cret'), config('s3cret'), Date.now())).toMatchObject({ ok: true });
	});
});

describe('a refused request over a real socket', () => {
	let emu: PachcaEmulator;
	let server: WebhookServer;
	beforeAll(async () => {
		emu = await PachcaEmulator.start({ rateLimits: false });
		server = await startTrigger(emu, { credentials: { webhookAllowedIps: PACHCA_IP } });
	});
	afterAll(async () => {
		await server.close();
		await emu.stop();
	});

	it('answers 403 naming the address it came from', async () => {
		const reply = await post(server.url, '{}');
		expect(reply.status).toBe(403);
		expect(JSON.stringify(reply.json)).toContain('127.0.0.1');
	});
});
