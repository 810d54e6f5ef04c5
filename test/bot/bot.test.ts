import type { BotRecord, PachcaEmulator } from '../emulator';
import { asJson, emulatorPerFile, requestsTo, runBot } from '../harness/fixtures/bot';

let emu: PachcaEmulator;
let bot: BotRecord;

emulatorPerFile((started) => {
	emu = started;
});
beforeEach(() => {
	bot = emu.state.addBot({ name: 'Tasks bot', nickname: `tasks${emu.state.lastId('user') + 1}_bot`, creatorId: emu.userId });
	emu.setBotWebhook(bot.id, 'https://hooks.example.com/tasks');
});

const bodies = (method: string, path: string) => requestsTo(emu, method, path).map((r) => r.body);

describe('Get and Get Many', () => {
	it('gets one bot as Pachca returns it', async () => {
		const result = await runBot(emu, { operation: 'get', botId: String(bot.id) });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: asJson({ id: bot.id, webhook: bot.webhook }), pairedItem: { item: 0 } }]);
	});

	it('reads every page with Return All, and stops at Limit otherwise', async () => {
		for (let i = 0; i < 60; i++) emu.state.addBot({ name: `Many ${i}`, nickname: `many${emu.state.lastId('user') + 1}_bot` });
		const editable = [...emu.state.bots.values()].filter((b) => b.creatorId === emu.userId).length;

		const all = await runBot(emu, { operation: 'getMany', returnAll: true });
		expect(all.items).toHaveLength(editable);
		expect(requestsTo(emu, 'GET', '/bots').map((r) => r.query.limit)).toEqual(['50', '50']);

		emu.clearRequests();
		const some = await runBot(emu, { operation: 'getMany', returnAll: false, limit: 3 });
		expect(some.items.map((item) => item.json.id)).toEqual(all.items.slice(0, 3).map((item) => item.json.id));
		expect(requestsTo(emu, 'GET', '/bots').map((r) => r.query.limit)).toEqual(['3']);
	});

	it('passes Search as the query', async () => {
		const result = await runBot(emu, { operation: 'getMany', returnAll: true, query: 'tasks' });
		expect(requestsTo(emu, 'GET', '/bots')[0].query.query).toBe('tasks');
		expect(result.items.every((item) => String((item.json.webhook as { name: string }).name).toLowerCase().includes('tasks'))).toBe(true);
	});
});

describe('Create', () => {
	it('sends the name and the fields set, and drops the access token by default', async () => {
		const result = await runBot(emu, {
			operation: 'create',
			name: 'Deploy bot',
			additionalFields: { nickname: 'deploy_bot', events: ['message_new', 'button_click'], commands: '/deploy, /rollback', singleChat: true },
		});
		expect(result.error).toBeUndefined();
		expect(bodies('POST', '/bots')).toEqual([
			{
				webhook: {
					name: 'Deploy bot',
					nickname: 'deploy_bot',
					events: ['message_new', 'button_click'],
					commands: ['/deploy', '/rollback'],
					single_chat: true,
				},
			},
		]);
		const created = result.items[0].json;
		expect(created).not.toHaveProperty('access_token');
		const secret = [...emu.state.tokens.values()].find((t) => t.userId === created.id)!.token;
		expect(JSON.stringify(result.run.data)).not.toContain(secret);
		expect(created).toMatchObject({ webhook: { name: 'Deploy bot', nickname: 'deploy_bot', single_chat: true } });
		expect(emu.state.bots.get(created.id as number)?.webhook.nickname).toBe('deploy_bot');
	});

	it('outputs the access token only when Output Access Token is on', async () => {
		const result = await runBot(emu, { operation: 'create', name: 'Token bot', outputAccessToken: true });
		const token = result.items[0].json.access_token as string;
		expect(emu.state.tokens.get(token)).toMatchObject({ bot: true, userId: result.items[0].json.id });
	});
});

describe('Update', () => {
	it('renaming sends only the name and leaves the webhook URL alone', async () => {
		const result = await runBot(emu, { operation: 'update', botId: String(bot.id), updateFields: { name: 'Tasks bot 2' } });
		expect(bodies('PUT', `/bots/${bot.id}`)).toEqual([{ webhook: { name: 'Tasks bot 2' } }]);
		expect(emu.state.bots.get(bot.id)!.webhook).toMatchObject({ name: 'Tasks bot 2', outgoing_url: 'https://hooks.example.com/tasks' });
		expect(result.items[0].json).toMatchObject({ id: bot.id, webhook: { name: 'Tasks bot 2' } });
	});

	it('sends every field under its spec name', async () => {
		await runBot(emu, {
			operation: 'update',
			botId: String(bot.id),
			updateFields: {
				nickname: 'tasks2_bot',
				outgoingUrl: 'https://hooks.example.com/v2',
				events: ['message_new', 'message_link_shared'],
				triggerOn: 'all_messages',
				commands: '/task',
				template: 'Order {{ id }}',
				templateEngine: 'mustache',
				challengeKey: 'challenge',
				linkPreviewEnabled: false,
				ignoreSelfMessages: true,
				eventsHistoryEnabled: true,
				whoCanAdd: 'creator_admin',
				canEdit: ['admin'],
				scopes: ['messages:create', 'messages:read'],
			},
		});
		expect(bodies('PUT', `/bots/${bot.id}`)).toEqual([
			{
				webhook: {
					nickname: 'tasks2_bot',
					outgoing_url: 'https://hooks.example.com/v2',
					events: ['message_new', 'message_link_shared'],
					trigger_on: 'all_messages',
					commands: ['/task'],
					template: 'Order {{ id }}',
					template_engine: 'mustache',
					challenge_key: 'challenge',
					link_preview_enabled: false,
					ignore_self_messages: true,
					events_history_enabled: true,
					who_can_add: 'creator_admin',
					can_edit: ['admin'],
					scopes: ['messages:create', 'messages:read'],
				},
			},
		]);
		expect(emu.state.bots.get(bot.id)!.webhook).toMatchObject({ nickname: 'tasks2_bot', trigger_on: 'all_messages', template_engine: 'mustache' });
	});

	it('an empty Outgoing Webhook URL disables the webhook', async () => {
		await runBot(emu, { operation: 'update', botId: String(bot.id), updateFields: { outgoingUrl: '' } });
		expect(bodies('PUT', `/bots/${bot.id}`)).toEqual([{ webhook: { outgoing_url: '' } }]);
		expect(emu.state.bots.get(bot.id)!.webhook.outgoing_url).toBeNull();
	});
});

describe('Delete', () => {
	it('deletes the bot: its token stops working', async () => {
		const token = emu.createToken({ bot: true, userId: bot.id, scopes: ['messages:read'] });
		const result = await runBot(emu, { operation: 'delete', botId: String(bot.id) });
		expect(result.items).toEqual([{ json: { success: true, id: bot.id }, pairedItem: { item: 0 } }]);
		expect(requestsTo(emu, 'DELETE', `/bots/${bot.id}`)).toHaveLength(1);
		expect(emu.state.bots.has(bot.id)).toBe(false);
		expect(emu.state.tokens.has(token)).toBe(false);
	});

	it('a bot that is gone answers 404 with a readable error', async () => {
		await runBot(emu, { operation: 'delete', botId: String(bot.id) });
		const again = await runBot(emu, { operation: 'delete', botId: String(bot.id) });
		expect(again.error?.message).toContain(`Pachca DELETE /bots/${bot.id} failed with 404`);
	});
});

describe('Update Own Webhook', () => {
	it("sets the credential bot's own URL with PUT /bot/webhook, and '' disables it", async () => {
		const set = await runBot(emu, { operation: 'updateOwnWebhook', webhookUrl: 'https://n8n.example.com/webhook/x' }, [{}], { token: emu.botToken });
		expect(set.error).toBeUndefined();
		expect(emu.state.bots.get(emu.botId)!.webhook.outgoing_url).toBe('https://n8n.example.com/webhook/x');
		await runBot(emu, { operation: 'updateOwnWebhook', webhookUrl: '' }, [{}], { token: emu.botToken });
		expect(bodies('PUT', '/bot/webhook')).toEqual([
			{ webhook: { outgoing_url: 'https://n8n.example.com/webhook/x' } },
			{ webhook: { outgoing_url: '' } },
		]);
		expect(emu.state.bots.get(emu.botId)!.webhook.outgoing_url).toBeNull();
	});

	it('with a user token says that the bot token is needed, not that a scope is missing', async () => {
		const result = await runBot(emu, { operation: 'updateOwnWebhook', webhookUrl: 'https://n8n.example.com/webhook/x' });
		expect(result.error?.message).toBe("Update Own Webhook needs the bot's own token, and the credential holds a user token");
	});
});

describe('Token type', () => {
	it('a bot token gets "needs a user token" rather than "grant bots:read" (bots cannot hold it)', async () => {
		const result = await runBot(emu, { operation: 'get', botId: String(bot.id) }, [{}], { token: emu.botToken });
		expect(result.error?.message).toBe('Managing bots needs a user (admin) token, and the credential holds a bot token');
	});

	it('a user token without bots:write keeps the scope hint', async () => {
		const token = emu.createToken({ scopes: ['bots:read'] });
		const result = await runBot(emu, { operation: 'delete', botId: String(bot.id) }, [{}], { token });
		expect(result.error?.description).toContain('lacks the scope "bots:write"');
		expect(emu.state.bots.has(bot.id)).toBe(true);
	});
});

describe('Sequences', () => {
	it('Get Many (Search) → Delete with Bot ID {{ $json.id }}: deletes exactly the bots found', async () => {
		const temp = [1, 2, 3].map((i) => emu.state.addBot({ name: `Temp ${i}`, nickname: `temp${emu.state.lastId('user') + 1}_bot`, creatorId: emu.userId }));
		const found = await runBot(emu, { operation: 'getMany', returnAll: true, query: 'temp' });
		expect(found.items.map((item) => item.json.id).sort()).toEqual(temp.map((b) => b.id).sort());

		const deleted = await runBot(emu, { operation: 'delete', botId: '={{ $json.id }}' }, found.items.map((item) => item.json));
		expect(deleted.items.map((item) => item.json)).toEqual(found.items.map((item) => ({ success: true, id: item.json.id })));
		expect(temp.some((b) => emu.state.bots.has(b.id))).toBe(false);
		expect(emu.state.bots.has(bot.id)).toBe(true);
	});

	it('Create → Update the new bot by {{ $json.id }} → Get shows the change and the URL set at creation', async () => {
		const created = await runBot(emu, { operation: 'create', name: 'Chain bot', additionalFields: { outgoingUrl: 'https://hooks.example.com/chain' } });
		const updated = await runBot(emu, { operation: 'update', botId: '={{ $json.id }}', updateFields: { triggerOn: 'all_messages' } }, [created.items[0].json]);
		expect(updated.error).toBeUndefined();
		const got = await runBot(emu, { operation: 'get', botId: '={{ $json.id }}' }, [created.items[0].json]);
		expect(got.items[0].json).toMatchObject({ webhook: { name: 'Chain bot', trigger_on: 'all_messages', outgoing_url: 'https://hooks.example.com/chain' } });
	});
});
