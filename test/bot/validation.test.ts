import type { BotRecord, PachcaEmulator } from '../emulator';
import { emulatorPerFile, runBot } from '../harness/fixtures/bot';

let emu: PachcaEmulator;
let bot: BotRecord;

emulatorPerFile((started) => {
	emu = started;
	bot = emu.state.addBot({ name: 'Checked bot', nickname: 'checked_bot', creatorId: emu.userId });
});

const long = 'я'.repeat(256);

describe('Bad input is an error naming the parameter and the item, and nothing is sent', () => {
	it.each([
		['a nickname without _bot', { nickname: 'tasks' }, 'Nickname: must end with _bot, got "tasks" (item 0)'],
		['a webhook URL that is not http(s)', { outgoingUrl: 'ftp://example.com/hook' }, 'Outgoing Webhook URL: expected an http:// or https:// URL, got "ftp://example.com/hook" (item 0)'],
		['an event outside BotEventName', { events: ['message_new', 'view_submit'] }, 'Events: expected each of "button_click"'],
		['a name over 255 characters', { name: long }, 'Name: 256 characters, at most 255 are allowed (item 0)'],
		['a nickname over 255 characters', { nickname: `${'a'.repeat(252)}_bot` }, 'Nickname: 256 characters, at most 255 are allowed (item 0)'],
		['commands over 255 characters joined', { commands: Array.from({ length: 60 }, (_, i) => `/c${i}`).join(', ') }, 'Commands: 289 characters joined by commas, at most 255 are allowed (item 0)'],
		['a blank name', { name: '  ' }, 'Name: is empty (item 0)'],
		['a trigger mode from an expression that is not one', { triggerOn: 'sometimes' }, 'Trigger On: expected one of'],
		['no field at all', {}, 'Update Fields: add at least one field to change (item 0)'],
	])('Update with %s', async (_case, updateFields, message) => {
		const result = await runBot(emu, { operation: 'update', botId: String(bot.id), updateFields });
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});

	it.each([
		['a name over 255 characters', { name: long }, 'Name: 256 characters, at most 255 are allowed (item 0)'],
		['a nickname without _bot', { name: 'Bot', additionalFields: { nickname: 'helper' } }, 'Nickname: must end with _bot, got "helper" (item 0)'],
		['an event outside BotEventName', { name: 'Bot', additionalFields: { events: 'message.new' } }, 'Events: expected each of'],
	])('Create with %s', async (_case, parameters, message) => {
		const result = await runBot(emu, { operation: 'create', ...parameters });
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});

	it.each([
		['a Bot that is not a number', { operation: 'get', botId: 'tasks_bot' }, 'Bot: expected a positive numeric ID, got "tasks_bot" (item 0)'],
		['a Bot expression that finds nothing', { operation: 'delete', botId: '={{ $json.missing }}' }, 'Bot: expected a positive numeric ID, got'],
		['an own webhook URL without a scheme', { operation: 'updateOwnWebhook', webhookUrl: 'example.com/hook' }, 'Webhook URL: expected an http:// or https:// URL'],
		['a Limit of 0', { operation: 'getMany', returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
	])('%s', async (_case, parameters, message) => {
		const result = await runBot(emu, parameters);
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('Continue On Fail', () => {
	it('fails only the bad item: the others are sent', async () => {
		const result = await runBot(
			emu,
			{ operation: 'update', botId: String(bot.id), updateFields: { nickname: '={{ $json.nickname }}' } },
			[{ nickname: 'first_bot' }, { nickname: 'second' }, { nickname: 'third_bot' }],
			{ continueOnFail: true },
		);
		expect(result.items.map((item) => item.json.error ?? (item.json.webhook as { nickname: string }).nickname)).toEqual([
			'first_bot',
			'Nickname: must end with _bot, got "second" (item 1)',
			'third_bot',
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(emu.requests.map((r) => (r.body as { webhook: { nickname: string } }).webhook.nickname)).toEqual(['first_bot', 'third_bot']);
	});

	it('an API error (a taken nickname) also becomes an error item', async () => {
		const result = await runBot(
			emu,
			{ operation: 'create', name: '={{ $json.name }}', additionalFields: { nickname: '={{ $json.nickname }}' } },
			[{ name: 'One', nickname: 'dup_bot' }, { name: 'Two', nickname: 'dup_bot' }],
			{ continueOnFail: true },
		);
		expect(result.items[0].json).toMatchObject({ webhook: { name: 'One', nickname: 'dup_bot' } });
		expect(result.items[1].json.error).toContain('Pachca POST /bots failed with 422: nickname: Nickname has already been taken');
	});
});
