// delivery_key for each of the 19 payload kinds of the spec's WebhookPayloadUnion, through the real
// Pachca Trigger: a byte-identical redelivery is one event (same key, answered as a duplicate), two
// distinct events are two (different keys, both run). The expectations are literal behaviour, never a
// key computed by the code under test. Kinds whose payload carries nothing that tells one event from
// another (`view.submit`, video calls with only their required fields) differ only in webhook_timestamp.
import { buildWebhookPayload, PachcaEmulator, WEBHOOK_KINDS } from '../emulator';
import type { WebhookKind } from '../emulator';
import type { WebhookServer } from '../harness/webhook-server';
import { emitted, nowUnix, post, startTrigger } from '../harness/fixtures/trigger';

let emu: PachcaEmulator;
let server: WebhookServer;

beforeAll(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
});
afterAll(async () => await emu.stop());
beforeEach(async () => {
	server = await startTrigger(emu, { parameters: { events: ['*'] } });
});
afterEach(async () => await server.close());

/** A field that differs between two real events of the kind (the spec's own identifying field, if any). */
const SECOND_EVENT: Record<WebhookKind, Record<string, unknown>> = {
	'message.new': { id: 200002 },
	'message.update': { changed_at: '2026-01-15T10:05:00.000Z' },
	'message.delete': { id: 200003 },
	'message.link_shared': { created_at: '2026-01-15T10:06:00.000Z' },
	'reaction.new': { created_at: '2026-01-15T10:07:00.000Z' },
	'reaction.delete': { created_at: '2026-01-15T10:08:00.000Z' },
	'button.click': { trigger_id: '9b1c8a7e-0000-4000-8000-000000000002' },
	// The same form sent twice with the same answers: nothing but the sending time tells them apart.
	'view.submit': {},
	'chat_member.add': { created_at: '2026-01-15T10:09:00.000Z' },
	'chat_member.remove': { created_at: '2026-01-15T10:10:00.000Z' },
	'company_member.invite': { created_at: '2026-01-15T10:11:00.000Z' },
	'company_member.confirm': { created_at: '2026-01-15T10:12:00.000Z' },
	'company_member.update': { created_at: '2026-01-15T10:13:00.000Z' },
	'company_member.suspend': { created_at: '2026-01-15T10:14:00.000Z' },
	'company_member.activate': { created_at: '2026-01-15T10:15:00.000Z' },
	'company_member.delete': { created_at: '2026-01-15T10:16:00.000Z' },
	// Only the spec's required fields: two calls started in the same room.
	'video_call.started': { started_at: undefined },
	'video_call.finished': { started_at: undefined, finished_at: undefined, members: undefined, duration: undefined },
	'video_call.recording_ready': { recording_id: 4568 },
};

const send = (payload: Record<string, unknown>) => post(server.url, JSON.stringify(payload), { secret: emu.signingSecret });

describe.each(WEBHOOK_KINDS)('%s', (kind) => {
	const first = () => {
		const overrides = Object.fromEntries(Object.entries(SECOND_EVENT[kind]).filter(([, value]) => value === undefined));
		return buildWebhookPayload(kind, { ...overrides, webhook_timestamp: nowUnix() - 2 });
	};

	it('a byte-identical redelivery has the same key and does not run again', async () => {
		const payload = first();
		expect((await send(payload)).status).toBe(200);
		expect((await send(payload)).status).toBe(200);

		const items = emitted(server);
		expect(items).toHaveLength(1);
		expect(items[0].delivery_key).toMatch(/^[0-9a-f]{64}$/);
	});

	it('a second real event has another key and runs', async () => {
		const payload = first();
		const second: Record<string, unknown> = { ...payload, ...SECOND_EVENT[kind], webhook_timestamp: Number(payload.webhook_timestamp) + 1 };
		for (const [key, value] of Object.entries(second)) if (value === undefined) delete second[key];
		expect((await send(payload)).status).toBe(200);
		expect((await send(second)).status).toBe(200);

		const items = emitted(server);
		expect(items).toHaveLength(2);
		expect(items[1].delivery_key).not.toBe(items[0].delivery_key);
	});
});
