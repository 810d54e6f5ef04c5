import type { PachcaEmulator } from '../emulator';
import { searchPicker } from '../harness/resource';
import { rl } from '../harness/fixtures/message';
import { emulatorPerFile, requestsTo, runBot } from '../harness/fixtures/bot';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const search = (filter?: string, paginationToken?: string) =>
	searchPicker(emu, { resource: 'bot', operation: 'get', method: 'searchBots', token: emu.userToken }, filter, paginationToken);

describe('Bot picker', () => {
	it('lists the bots the user may edit, filtered by Pachca with the search text', async () => {
		const alerts = emu.state.addBot({ name: 'Alerts bot', nickname: 'alerts_picker_bot', creatorId: emu.userId });
		emu.state.addBot({ name: 'Tasks bot', nickname: 'tasks_picker_bot', creatorId: emu.userId });

		const found = await search('alerts');

		expect(found.results).toEqual([{ name: 'Alerts bot (@alerts_picker_bot)', value: String(alerts.id) }]);
		expect(requestsTo(emu, 'GET', '/bots').map((r) => r.query)).toEqual([{ query: 'alerts', limit: '50' }]);
	});

	it('hands n8n the cursor of the next page, and reads it when asked', async () => {
		for (let i = 0; i < 60; i++) emu.state.addBot({ name: `Paged bot ${i}`, nickname: `paged${i}_picker_bot`, creatorId: emu.userId });

		const first = await search('Paged');
		const second = await search('Paged', first.paginationToken);

		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toEqual(expect.any(String));
		expect(second.results).toHaveLength(10);
		expect(second.paginationToken).toBeUndefined();
	});

	it('a bot picked from the list is read like a typed ID', async () => {
		const bot = emu.state.addBot({ name: 'Picked bot', nickname: 'picked_picker_bot', creatorId: emu.userId });

		const result = await runBot(emu, { operation: 'get', botId: rl('list', bot.id) });

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ id: bot.id });
		expect(requestsTo(emu, 'GET', `/bots/${bot.id}`)).toHaveLength(1);
	});

	it('refuses an ID from an expression that is not an ID, naming the field, and sends nothing', async () => {
		const result = await runBot(emu, { operation: 'delete', botId: rl('id', '={{ $json.bot }}') }, [{ bot: 'tasks_bot' }]);

		expect(result.error?.message).toBe('Bot: expected a positive numeric ID, got "tasks_bot" (item 0)');
		expect(emu.requests).toEqual([]);
	});
});
