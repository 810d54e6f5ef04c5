import type { Chat, Message, PachcaEmulator } from '../emulator';
import { asJson, emulatorPerFile, fileEntry, requestsTo, rl, runMessage, uploadedFile } from '../harness/fixtures/message';

let emu: PachcaEmulator;
let chat: Chat;
let own: Message;

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Deploys' });
});
beforeEach(() => {
	[own] = emu.addMessages(chat.id, 1, { user_id: emu.botId, content: 'Deploy started', buttons: [[{ text: 'Stop', data: 'stop' }]] });
});

const puts = () => requestsTo(emu, 'PUT', `/messages/${own.id}`).map((r) => r.body);

describe('Update', () => {
	it('sends only the content when only the content is set, and keeps the buttons', async () => {
		const result = await runMessage(emu, {
			operation: 'update',
			messageId: rl('id', own.id),
			updateFields: { content: 'Deploy finished' },
		});

		expect(puts()).toEqual([{ message: { content: 'Deploy finished' } }]);
		expect(result.items).toEqual([{ json: asJson(emu.state.messages.get(own.id)), pairedItem: { item: 0 } }]);
		expect(result.items[0].json).toMatchObject({ content: 'Deploy finished', buttons: [[{ text: 'Stop', data: 'stop' }]] });
	});

	it('sends every update field under its spec name', async () => {
		const log = uploadedFile(emu, 'attaches/files/9/deploy.log', 'file', 512);
		const result = await runMessage(emu, {
			operation: 'update',
			messageId: rl('url', `https://app.pachca.com/chats/${chat.id}?message=${own.id}`),
			updateFields: {
				content: 'Deploy finished: see the log',
				displayName: 'Deploy Bot',
				displayAvatarUrl: 'https://example.com/deploy.png',
				files: { file: [log.field] },
			},
			buttonsMode: 'json',
			buttonsJson: '[[{"text": "Log", "url": "https://example.com/log/9"}]]',
		});

		expect(result.error).toBeUndefined();
		expect(puts()).toEqual([
			{
				message: {
					content: 'Deploy finished: see the log',
					display_name: 'Deploy Bot',
					display_avatar_url: 'https://example.com/deploy.png',
					files: [log.api],
					buttons: [[{ text: 'Log', url: 'https://example.com/log/9' }]],
				},
			},
		]);
		expect(result.items[0].json).toMatchObject({
			display_name: 'Deploy Bot',
			files: [expect.objectContaining({ name: 'deploy.log' })],
			buttons: [[{ text: 'Log', url: 'https://example.com/log/9' }]],
		});
	});

	it('Keep Existing Files: reads the message, sends its files first and the new ones after', async () => {
		const old = { id: 7, key: ['attaches', 'files', '9', 'old', 'plan.png'].join('/'), name: 'plan.png', file_type: 'image' as const, url: 'https://files.emulator.test/plan.png', width: 640, height: 480 };
		emu.state.messages.get(own.id)!.files = [old];
		const log = uploadedFile(emu, 'attaches/files/9/deploy.log', 'file', 512);
		const result = await runMessage(emu, {
			operation: 'update',
			messageId: rl('id', own.id),
			updateFields: { files: { file: [log.field] }, keepExistingFiles: true },
		});

		expect(result.error).toBeUndefined();
		expect(emu.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /messages/${own.id}`, `PUT /messages/${own.id}`]);
		expect(puts()).toEqual([
			{ message: { files: [{ key: old.key, name: 'plan.png', file_type: 'image', width: 640, height: 480 }, log.api] } },
		]);
		expect(emu.state.messages.get(own.id)!.files.map((f) => f.key)).toEqual([old.key, log.api.key]);
	});

	it('allows empty content when files are set', async () => {
		const image = uploadedFile(emu, 'attaches/files/9/a.png', 'image');
		await runMessage(emu, {
			operation: 'update',
			messageId: rl('id', own.id),
			updateFields: { content: '', files: { file: [image.field] } },
		});

		expect(puts()).toEqual([
			{ message: { content: '', files: [image.api] } },
		]);
		expect(emu.state.messages.get(own.id)!.content).toBe('');
	});

	it.each([
		['nothing to update', {}, 'Update Fields: nothing to update: add a field or change the buttons (item 0)'],
		['empty content and no files', { updateFields: { content: ' ' } }, 'Content: the new text is empty and no files are set'],
		['a file without a name', { updateFields: { files: { file: [{ ...fileEntry('attaches/x.txt').field, name: '' }] } } }, 'Files: file 1: Name: is empty'],
		['a message ID that is not a number', { messageId: rl('id', '={{ "last" }}'), updateFields: { content: 'x' } }, 'Message: expected a positive numeric ID, got "last" (item 0)'],
	])('refuses %s without a request', async (_case, parameters, message) => {
		const result = await runMessage(emu, { operation: 'update', messageId: rl('id', own.id), ...parameters });

		expect(result.error?.message).toContain(message);
		expect(emu.requests).toEqual([]);
		expect(emu.state.messages.get(own.id)!.content).toBe('Deploy started');
	});
});

describe('Delete, Pin and Unpin', () => {
	it('deletes a message and outputs success with its ID', async () => {
		const result = await runMessage(emu, { operation: 'delete', messageId: rl('id', own.id) });

		expect(emu.requests.map((r) => [r.method, r.path, r.status])).toEqual([['DELETE', `/messages/${own.id}`, 204]]);
		expect(result.items).toEqual([{ json: { success: true, id: own.id }, pairedItem: { item: 0 } }]);
		expect(emu.state.messages.get(own.id)!.deleted_at).not.toBeNull();
	});

	it('pins and unpins a message chosen by URL', async () => {
		const messageId = rl('url', `https://app.pachca.com/chats/${chat.id}?message=${own.id}`);

		const pinned = await runMessage(emu, { operation: 'pin', messageId });
		expect(emu.state.pins.has(own.id)).toBe(true);
		const unpinned = await runMessage(emu, { operation: 'unpin', messageId });

		expect(emu.state.pins.has(own.id)).toBe(false);
		expect(emu.requests.map((r) => [r.method, r.path, r.status])).toEqual([
			['POST', `/messages/${own.id}/pin`, 204],
			['DELETE', `/messages/${own.id}/pin`, 204],
		]);
		expect([pinned.items, unpinned.items]).toEqual([
			[{ json: { success: true, id: own.id }, pairedItem: { item: 0 } }],
			[{ json: { success: true, id: own.id }, pairedItem: { item: 0 } }],
		]);
	});

	it.each(['delete', 'pin', 'unpin'])('%s refuses a bad ID without a request', async (operation) => {
		const result = await runMessage(emu, { operation, messageId: rl('id', '={{ "0" }}') });

		expect(result.error?.message).toBe('Message: expected a positive numeric ID, got "0" (item 0)');
		expect(emu.requests).toEqual([]);
	});

	it('with Continue On Fail, deletes the good items and reports the bad and the missing ones', async () => {
		const [other] = emu.addMessages(chat.id, 1, { user_id: emu.botId });
		const input = [{ id: own.id }, { id: 'x1' }, { id: 999999 }, { id: other.id }];

		const result = await runMessage(emu, { operation: 'delete', messageId: rl('id', '={{ $json.id }}') }, input, {
			continueOnFail: true,
		});

		expect(result.items.map((item) => [item.json.success ?? item.json.error, item.pairedItem])).toEqual([
			[true, { item: 0 }],
			['Message: expected a positive numeric ID, got "x1" (item 1)', { item: 1 }],
			[expect.stringContaining('Pachca DELETE /messages/999999 failed with 404'), { item: 2 }],
			[true, { item: 3 }],
		]);
		expect(emu.requests.map((r) => r.path)).toEqual([`/messages/${own.id}`, '/messages/999999', `/messages/${other.id}`]);
	});
});
