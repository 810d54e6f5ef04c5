import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, exportStore, fileOf, requestsTo, runChatExport } from '../harness/fixtures/chatExport';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});
afterEach(() => {
	emu.state.plan = 'corporation';
	exportStore(emu.state).delayMs = 1000;
});

const HOOK = 'https://n8n.example.com/webhook/pachca-export';

/** Requests an export through the node and returns the ID the emulator gave it. */
async function requestExport(): Promise<number> {
	const result = await runChatExport(emu, { operation: 'request', startDate: '2025-03-01', endDate: '2025-03-31', webhookUrl: HOOK });
	expect(result.error).toBeUndefined();
	return Math.max(...exportStore(emu.state).exports.keys());
}

describe('Chat Export → Request', () => {
	it("sends the days as written in the workflow's timezone, the URL and only the fields added", async () => {
		const result = await runChatExport(
			emu,
			{
				operation: 'request',
				startDate: '2025-03-01T00:00:00',
				endDate: '2025-03-31T23:30:00',
				webhookUrl: HOOK,
				additionalFields: { chatIds: '1000, 1001', skipChatsFile: true },
			},
			[{}],
			{ timezone: 'Asia/Vladivostok' },
		);
		expect(result.error).toBeUndefined();
		const sent = { start_at: '2025-03-01', end_at: '2025-03-31', webhook_url: HOOK, chat_ids: [1000, 1001], skip_chats_file: true };
		expect(requestsTo(emu, 'POST', '/chats/exports').map((r) => r.body)).toEqual([sent]);
		expect(result.items[0].json).toEqual({ requested: true, ...sent });
	});

	it('leaves the additional fields out when they are not added', async () => {
		await runChatExport(emu, { operation: 'request', startDate: '2025-03-01', endDate: '2025-03-01', webhookUrl: HOOK });
		expect(requestsTo(emu, 'POST', '/chats/exports')[0].body).toEqual({ start_at: '2025-03-01', end_at: '2025-03-01', webhook_url: HOOK });
	});
});

describe('Chat Export → Download', () => {
	it('a ready export: the archive, streamed from the temporary link into binary data', async () => {
		exportStore(emu.state).delayMs = 0;
		const id = await requestExport();
		const result = await runChatExport(emu, { operation: 'download', exportId: String(id), binaryPropertyName: 'archive' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ export_id: id, file_name: `export-${id}.zip` });
		const file = fileOf(result.items[0].binary?.archive);
		expect(file).toMatchObject({ fileName: `export-${id}.zip`, mimeType: 'application/zip' });
		expect(file.bytes.subarray(0, 2).toString()).toBe('PK');
		// the token went to Pachca only, never to the storage link
		const storage = emu.requests.filter((r) => r.path.startsWith('/storage/'));
		expect(storage).toHaveLength(1);
		expect(storage[0].headers.authorization).toBeUndefined();
	});

	it('not ready and no wait: an error that says so and points to Wait Until Ready', async () => {
		exportStore(emu.state).delayMs = 60_000;
		const id = await requestExport();
		const result = await runChatExport(emu, { operation: 'download', exportId: String(id) });
		expect(result.error?.message).toBe(`Export ${id} is not ready yet, or there is no such export`);
		expect(result.error?.description).toContain('Turn on Wait Until Ready');
		expect(requestsTo(emu, 'GET', `/chats/exports/${id}`)).toHaveLength(1);
	});

	it('Wait Until Ready: asks again until the archive is built, then downloads it', async () => {
		exportStore(emu.state).delayMs = 600;
		const id = await requestExport();
		const result = await runChatExport(emu, { operation: 'download', exportId: String(id), waitUntilReady: true, maxWaitSeconds: 30 });
		expect(result.error).toBeUndefined();
		const checks = requestsTo(emu, 'GET', `/chats/exports/${id}`).map((r) => r.status);
		expect(checks.slice(0, -1).every((status) => status === 404)).toBe(true);
		expect(checks.length).toBeGreaterThanOrEqual(2);
		expect(checks.at(-1)).toBe(302);
		expect(fileOf(result.items[0].binary?.data).fileName).toBe(`export-${id}.zip`);
	});

	it('Wait Until Ready: when Max Wait runs out, an error that says how long it waited, and nothing is downloaded', async () => {
		exportStore(emu.state).delayMs = 60_000;
		const id = await requestExport();
		const result = await runChatExport(emu, { operation: 'download', exportId: String(id), waitUntilReady: true, maxWaitSeconds: 1 });
		expect(result.error?.message).toBe(`Export ${id} was not ready after 1 s (Max Wait)`);
		expect(result.error?.description).toContain('Raise Max Wait');
		expect(requestsTo(emu, 'GET', `/chats/exports/${id}`).length).toBeGreaterThanOrEqual(2);
		expect(emu.requests.some((r) => r.path.startsWith('/storage/'))).toBe(false);
	});
});

describe('Chat Export refusals', () => {
	it.each([
		['request', 'chat_exports:write', { startDate: '2025-03-01', endDate: '2025-03-02', webhookUrl: HOOK }],
		['download', 'chat_exports:read', { exportId: '22000' }],
	])('%s with a bot token: the error names %s and the Owner token that has it', async (operation, scope, parameters) => {
		const result = await runChatExport(emu, { operation, ...parameters }, [{}], { token: emu.botToken });
		expect(result.error?.message).toBe(`The scope "${scope}" is only for the workspace Owner's personal token, and the credential holds a bot token`);
	});

	it('a user token without chat_exports:write: the error names the scope and that only the Owner may hold it', async () => {
		const token = emu.createToken({ scopes: ['chats:read'] });
		const result = await runChatExport(emu, { operation: 'request', startDate: '2025-03-01', endDate: '2025-03-02', webhookUrl: HOOK }, [{}], { token });
		expect(result.error?.description).toContain(`lacks the scope "chat_exports:write", which only the workspace Owner's personal token can have`);
	});

	it.each([
		['request', { startDate: '2025-03-01', endDate: '2025-03-02', webhookUrl: HOOK }],
		['download', { exportId: '22000' }],
	])('%s on a workspace without the Corporation plan: the 402 names the plan', async (operation, parameters) => {
		emu.state.plan = 'team';
		const result = await runChatExport(emu, { operation, ...parameters });
		expect(result.error?.message).toContain('402');
		expect(result.error?.description).toContain("needs Pachca's Corporation plan");
	});
});
