import type { PachcaEmulator } from '../emulator';
import { addAuditEvent, auditLogOf, emulatorPerFile, requestsTo, runSecurityLog } from '../harness/fixtures/securityLog';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
	// 60 logins a minute apart from 2025-05-01 09:00Z, and a few other events
	for (let i = 0; i < 60; i++) {
		addAuditEvent(emu.state, { created_at: new Date(Date.UTC(2025, 4, 1, 9, i)).toISOString(), actor_id: String(100 + (i % 3)) });
	}
	addAuditEvent(emu.state, { created_at: '2025-05-01T09:30:30.000Z', event_key: 'bot_token_recreated', entity_type: 'Bot', entity_id: '9001' });
	addAuditEvent(emu.state, { created_at: '2025-05-02T12:00:00.000Z', event_key: 'user_deleted', entity_id: '14', actor_type: 'User' });
});
afterEach(() => {
	emu.state.plan = 'corporation';
});

const ids = (items: Array<{ json: { id?: unknown } }>) => items.map((item) => item.json.id);

describe('Security Log → Get Many', () => {
	it('reads every page past 50 with Return All, newest first, one item per event', async () => {
		const result = await runSecurityLog(emu, { returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(auditLogOf(emu.state).length);
		expect(requestsTo(emu, 'GET', '/audit_events').map((r) => r.query.limit)).toEqual(['50', '50']);
		expect(result.items[0].json).toMatchObject({ event_key: 'user_deleted', entity_id: '14' });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('stops at the Limit, over more than one page', async () => {
		const all = await runSecurityLog(emu, { returnAll: true });
		emu.clearRequests();
		const some = await runSecurityLog(emu, { returnAll: false, limit: 55 });
		expect(ids(some.items)).toEqual(ids(all.items).slice(0, 55));
		expect(requestsTo(emu, 'GET', '/audit_events').map((r) => r.query.limit)).toEqual(['50', '5']);
	});

	it("sends every filter, the time range read in the workflow's timezone", async () => {
		const result = await runSecurityLog(
			emu,
			{
				returnAll: true,
				filters: {
					startTime: '2025-05-01T12:10:00',
					endTime: '2025-05-01T12:20:00',
					eventKey: 'user_login',
					actorId: '101',
					actorType: 'User',
					entityId: '12',
					entityType: 'User',
				},
			},
			[{}],
			{ timezone: 'Europe/Moscow' },
		);
		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'GET', '/audit_events')[0].query).toEqual({
			start_time: '2025-05-01T09:10:00.000Z',
			end_time: '2025-05-01T09:20:00.000Z',
			event_key: 'user_login',
			actor_id: '101',
			actor_type: 'User',
			entity_id: '12',
			entity_type: 'User',
			limit: '50',
		});
		// minutes 10..20 whose minute % 3 === 1: 10, 13, 16, 19
		expect(result.items.map((item) => item.json.created_at)).toEqual(
			['19', '16', '13', '10'].map((minute) => `2025-05-01T09:${minute}:00.000Z`),
		);
	});

	it('sends only the filters added (an empty date is no filter)', async () => {
		await runSecurityLog(emu, { returnAll: false, limit: 1, filters: { startTime: '', eventKey: 'bot_token_recreated' } });
		expect(requestsTo(emu, 'GET', '/audit_events')[0].query).toEqual({ event_key: 'bot_token_recreated', limit: '1' });
	});
});

describe('Security Log refusals', () => {
	it('a bot token: the error names audit_events:read and the Owner token that has it', async () => {
		const result = await runSecurityLog(emu, { returnAll: true }, [{}], { token: emu.botToken });
		expect(result.error?.message).toBe(
			`The scope "audit_events:read" is only for the workspace Owner's personal token, and the credential holds a bot token`,
		);
		expect(result.error?.description).toContain(`A bot token can never be given "audit_events:read", so granting it cannot help`);
	});

	it('a user token without the scope: the error names the scope and that only the Owner may hold it', async () => {
		const token = emu.createToken({ scopes: ['users:read', 'bots:read'] });
		const result = await runSecurityLog(emu, { returnAll: true }, [{}], { token });
		expect(result.error?.message).toContain('403');
		expect(result.error?.description).toContain(`lacks the scope "audit_events:read", which only the workspace Owner's personal token can have`);
	});

	it('a workspace without the Corporation plan: the 402 names the plan', async () => {
		emu.state.plan = 'team';
		const result = await runSecurityLog(emu, { returnAll: true });
		expect(result.error?.message).toContain('402');
		expect(result.error?.description).toContain("needs Pachca's Corporation plan");
	});
});
