import type { BotRecord, PachcaEmulator } from '../emulator';
import { emulatorPerFile, requestsTo, runBot } from '../harness/fixtures/bot';
import { rl } from '../harness/fixtures/message';

let emu: PachcaEmulator;
let bot: BotRecord;

emulatorPerFile((started) => {
	emu = started;
});
beforeEach(() => {
	bot = emu.state.addBot({ name: 'Leaky bot', nickname: `leaky${emu.state.lastId('user') + 1}_bot`, creatorId: emu.userId });
});

/** A bot token of `bot` with these scopes, as Pachca would have issued it. */
const botToken = (scopes = ['messages:read', 'bot_self:write']) => emu.createToken({ bot: true, userId: bot.id, scopes });

const tokenWorks = (token: string) => emu.state.tokens.has(token);

describe('Bot → Recreate Token (by Bot ID, user token)', () => {
	it('outputs the new token once, says so, and the old token stops working', async () => {
		const old = botToken();
		const result = await runBot(emu, { operation: 'recreateToken', botId: rl('id', bot.id) });
		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'POST', `/bots/${bot.id}/recreate_token`)).toHaveLength(1);
		const [item] = result.items;
		expect(item.json).toMatchObject({ id: bot.id, webhook: { name: 'Leaky bot' } });
		const fresh = String(item.json.access_token);
		expect(tokenWorks(fresh)).toBe(true);
		expect(tokenWorks(old)).toBe(false);
		expect(emu.state.tokens.get(fresh)?.scopes).toEqual(['messages:read', 'bot_self:write']);
		expect(item.json.token_notice).toContain('shown only this once; the old token no longer works');
	});

	it('a bot token: the error says a user token is needed (bots cannot hold bots:write), and nothing changes', async () => {
		const old = botToken();
		const result = await runBot(emu, { operation: 'recreateToken', botId: rl('id', bot.id) }, [{}], { token: emu.botToken });
		expect(result.error?.message).toBe('Managing bots needs a user (admin) token, and the credential holds a bot token');
		expect(tokenWorks(old)).toBe(true);
	});

	it('a user token without bots:write: the error names the scope', async () => {
		const token = emu.createToken({ scopes: ['bots:read'] });
		const result = await runBot(emu, { operation: 'recreateToken', botId: rl('id', bot.id) }, [{}], { token });
		expect(result.error?.description).toContain('lacks the scope "bots:write"');
	});

	it.each([
		['a Bot that is not an ID', rl('id', '={{ "leaky" }}'), 'Bot: expected a positive numeric ID, got "leaky" (item 0)'],
		['a Bot from an expression that finds nothing', rl('id', '={{ $json.missing }}'), 'Bot: expected a positive numeric ID, got'],
	])('%s is an error naming the parameter, and nothing is sent', async (_case, botId, message) => {
		const result = await runBot(emu, { operation: 'recreateToken', botId });
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});

describe("Bot → Recreate Own Token (the bot's own token)", () => {
	it('rotates the credential token: the output holds the new one, the old one is dead', async () => {
		const old = botToken();
		const result = await runBot(emu, { operation: 'recreateOwnToken' }, [{}], { token: old });
		expect(result.error).toBeUndefined();
		expect(requestsTo(emu, 'POST', '/bot/recreate_token')).toHaveLength(1);
		const fresh = String(result.items[0].json.access_token);
		expect(result.items[0].json.id).toBe(bot.id);
		expect(tokenWorks(fresh)).toBe(true);
		expect(tokenWorks(old)).toBe(false);
		expect(result.items[0].json.token_notice).toContain('Update every Pachca credential');

		const again = await runBot(emu, { operation: 'recreateOwnToken' }, [{}], { token: old });
		expect(again.error?.message).toContain('401');
	});

	it('a user token: the error says the bot token is needed and names the alternative', async () => {
		const result = await runBot(emu, { operation: 'recreateOwnToken' });
		expect(result.error?.message).toBe("Recreate Own Token needs the bot's own token, and the credential holds a user token");
		expect(result.error?.description).toContain('Bot → Recreate Token with the Bot ID');
	});

	it('a bot token without bot_self:write: the error names the scope', async () => {
		const token = botToken(['messages:read']);
		const result = await runBot(emu, { operation: 'recreateOwnToken' }, [{}], { token });
		expect(result.error?.description).toContain('lacks the scope "bot_self:write"');
		expect(tokenWorks(token)).toBe(true);
	});
});
