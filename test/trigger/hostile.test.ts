// Hostile requests against the Pachca Trigger over real HTTP: each is refused with its status code
// and starts no workflow. Genuine deliveries come from the emulator, signed as Pachca signs them.
import { PachcaEmulator } from '../emulator';
import type { WebhookServer } from '../harness/webhook-server';
import { emitted, hmacHex, messagePayload, nowUnix, post, startTrigger } from '../harness/fixtures/trigger';

let emu: PachcaEmulator;
let server: WebhookServer | undefined;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	emu.addChat({ name: 'Hostile', memberIds: [13] });
});
afterEach(async () => {
	await server?.close();
	server = undefined;
	await emu.stop();
});

const noRun = () => {
	expect(server!.executions).toHaveLength(0);
	expect(server!.errors).toHaveLength(0);
};

describe('signature', () => {
	it('accepts a genuine signed delivery: 200 and exactly one execution', async () => {
		server = await startTrigger(emu);
		const result = await emu.emitWebhook('message.new', { content: 'genuine' });
		expect(result).toMatchObject({ status: 200, attempts: 1 });
		expect(server.executions).toHaveLength(1);
		expect(emitted(server)[0]).toMatchObject({ content: 'genuine', event_name: 'message.new' });
	});

	it('refuses a forged signature with 401 on every retry', async () => {
		server = await startTrigger(emu);
		const result = await emu.emitWebhook('message.new', {}, { signature: 'ab'.repeat(32) });
		expect(result).toMatchObject({ status: 401, attempts: 3 });
		expect(emu.deliveries.map((d) => d.status)).toEqual([401, 401, 401]);
		noRun();
	});

	it('refuses a missing signature header with 401', async () => {
		server = await startTrigger(emu);
		expect(await emu.emitWebhook('reaction.new', {}, { sign: false })).toMatchObject({ status: 401 });
		const reply = await post(server.url, JSON.stringify(messagePayload()));
		expect(reply).toEqual({ status: 401, json: { error: 'Missing Pachca-Signature header' } });
		noRun();
	});

	it('refuses a malformed signature header with 401', async () => {
		server = await startTrigger(emu);
		const body = JSON.stringify(messagePayload());
		const reply = await post(server.url, body, { headers: { 'pachca-signature': `sha256=${hmacHex(body, emu.signingSecret)}` } });
		expect(reply).toEqual({ status: 401, json: { error: 'Malformed Pachca-Signature header' } });
		noRun();
	});

	it('refuses a signature of the re-serialised JSON (other spacing, escapes)', async () => {
		server = await startTrigger(emu);
		const raw = `{ "type": "message", "event": "new", "id": 5, "content": "Caf\\u00e9 \\u2014 Привет",\n  "user_id": 12, "chat_id": 1000, "webhook_timestamp": ${nowUnix()} }`;
		const reserialised = JSON.stringify(JSON.parse(raw));
		const reply = await post(server.url, raw, { headers: { 'pachca-signature': hmacHex(reserialised, emu.signingSecret) } });
		expect(reply).toEqual({ status: 401, json: { error: 'Invalid signature' } });
		noRun();
		// the same bytes signed as they are pass
		expect(await post(server.url, raw, { secret: emu.signingSecret })).toMatchObject({ status: 200 });
		expect(emitted(server)[0].content).toBe('Café — Привет');
	});

	it('accepts non-UTF-8 bytes in a correctly signed body (the HMAC covers bytes, not text)', async () => {
		server = await startTrigger(emu);
		const [head, tail] = JSON.stringify(messagePayload({ content: '@@' })).split('@@');
		const body = Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(tail)]);
		expect(await post(server.url, body, { secret: emu.signingSecret })).toMatchObject({ status: 200 });
		expect(server.executions).toHaveLength(1);
		expect(emitted(server)[0].content).toBe('\ufffd\ufffd\ufffd(');
	});
});

describe('replay window', () => {
	it.each([-61, 61])('refuses webhook_timestamp offset by %i s with 401', async (offset) => {
		server = await startTrigger(emu);
		// Whole seconds: round away from now, so the offset is still over 60 s when the node checks it.
		const base = offset > 0 ? Math.ceil(Date.now() / 1000) : nowUnix();
		const result = await emu.emitWebhook('message.new', { webhook_timestamp: base + offset });
		expect(result.status).toBe(401);
		noRun();
	});

	it('accepts the edge of a configured window and refuses a missing timestamp', async () => {
		server = await startTrigger(emu, { parameters: { options: { replayWindow: 300 } } });
		expect(await emu.emitWebhook('message.new', { webhook_timestamp: nowUnix() - 240 })).toMatchObject({ status: 200 });
		expect(await emu.emitWebhook('message.new', { webhook_timestamp: undefined })).toMatchObject({ status: 401 });
		expect(server.executions).toHaveLength(1);
	});

	it('with the window set to 0 accepts an old timestamp', async () => {
		server = await startTrigger(emu, { parameters: { options: { replayWindow: 0 } } });
		expect(await emu.emitWebhook('message.new', { webhook_timestamp: nowUnix() - 86_400 })).toMatchObject({ status: 200 });
		expect(server.executions).toHaveLength(1);
	});
});

describe('duplicates', () => {
	it('answers a retry with a new timestamp and a new valid signature with 200, without a second run', async () => {
		server = await startTrigger(emu);
		const first = JSON.stringify(messagePayload({ webhook_timestamp: nowUnix() - 5 }));
		const retry = JSON.stringify(messagePayload({ webhook_timestamp: nowUnix() }));
		expect(hmacHex(first, emu.signingSecret)).not.toBe(hmacHex(retry, emu.signingSecret));
		expect(await post(server.url, first, { secret: emu.signingSecret })).toMatchObject({ status: 200 });
		expect(await post(server.url, retry, { secret: emu.signingSecret })).toEqual({ status: 200, json: { status: 'duplicate' } });
		expect(server.executions).toHaveLength(1);
	});

	it('recognises a repeat of an emulator delivery and still runs a changed one', async () => {
		server = await startTrigger(emu);
		const fixed = { id: 100777, created_at: '2026-01-01T00:00:00.000Z', changed_at: '2026-01-01T00:00:00.000Z' };
		await emu.emitWebhook('message.update', { ...fixed, webhook_timestamp: nowUnix() - 2 });
		await emu.emitWebhook('message.update', { ...fixed, webhook_timestamp: nowUnix() });
		await emu.emitWebhook('message.update', { ...fixed, content: 'edited again' });
		expect(emu.deliveries.map((d) => d.status)).toEqual([200, 200, 200]);
		expect(emitted(server).map((item) => item.content)).toEqual([expect.any(String), 'edited again']);
	});

	it('runs every delivery when deduplication is off', async () => {
		server = await startTrigger(emu, { parameters: { options: { deduplicate: false } } });
		const body = JSON.stringify(messagePayload());
		await post(server.url, body, { secret: emu.signingSecret });
		await post(server.url, body, { secret: emu.signingSecret });
		expect(server.executions).toHaveLength(2);
	});
});

describe('body', () => {
	const garbage = '{"type":"message","event":"new",';

	it("is refused with 422 by n8n's body parser when it is not JSON under application/json", async () => {
		server = await startTrigger(emu);
		expect(await post(server.url, garbage, { secret: emu.signingSecret })).toMatchObject({ status: 422 });
		noRun();
	});

	it('is refused with 400 by the node when it reaches it unparsed', async () => {
		server = await startTrigger(emu, { server: { rejectInvalidJson: false } });
		const reply = await post(server.url, garbage, { secret: emu.signingSecret });
		expect(reply).toEqual({ status: 400, json: { error: 'Body is not a JSON object' } });
		const plain = await post(server.url, garbage, { secret: emu.signingSecret, headers: { 'content-type': 'text/plain' } });
		expect(plain.status).toBe(400);
		expect(await post(server.url, '[]', { secret: emu.signingSecret })).toMatchObject({ status: 400 });
		noRun();
	});

	it('checks the signature before the body: an unsigned non-JSON body is a 401', async () => {
		server = await startTrigger(emu, { server: { rejectInvalidJson: false } });
		expect(await post(server.url, garbage)).toMatchObject({ status: 401 });
		noRun();
	});

	it('handles a 1 MB body: unsigned → 401, forged → 401, signed → one run', async () => {
		server = await startTrigger(emu);
		const big = JSON.stringify(messagePayload({ content: 'x'.repeat(1024 * 1024) }));
		expect(await post(server.url, big)).toMatchObject({ status: 401 });
		expect(await post(server.url, big, { headers: { 'pachca-signature': 'cd'.repeat(32) } })).toMatchObject({ status: 401 });
		noRun();
		expect(await post(server.url, big, { secret: emu.signingSecret })).toMatchObject({ status: 200 });
		expect(server.executions).toHaveLength(1);
		expect(String(emitted(server)[0].content)).toHaveLength(1024 * 1024);
	});
});

describe('without a signing secret', () => {
	it('accepts deliveries (the user chose so) and still refuses what it cannot parse, without crashing', async () => {
		server = await startTrigger(emu, { credentials: { signingSecret: '' }, server: { rejectInvalidJson: false } });
		expect(await post(server.url, JSON.stringify(messagePayload()))).toMatchObject({ status: 200 });
		expect(await post(server.url, JSON.stringify(messagePayload({ id: 9 })), { headers: { 'pachca-signature': 'junk' } })).toMatchObject({ status: 200 });
		expect(await post(server.url, 'garbage')).toMatchObject({ status: 400 });
		expect(await post(server.url, '')).toMatchObject({ status: 400 });
		expect(server.executions).toHaveLength(2);
		expect(server.errors).toHaveLength(0);
	});
});
