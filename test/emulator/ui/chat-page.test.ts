// The chat page's backend (npm start): acting as a Pachca user must fire the same signed webhooks
// the bot would get from Pachca, and the page lists what the bot answered.
import { signBody } from '../webhooks';
import { PachcaEmulator } from '../index';
import { Receiver } from '../helpers';
import { chatPageHandler } from './api';
import { ALERTS_BOT_ID, DEMO_CHATS, seedDemo } from './seed';

let emu: PachcaEmulator;
let receiver: Receiver;
let page: string;

beforeEach(async () => {
	emu = await PachcaEmulator.start({ rateLimits: false });
	emu.servePages(chatPageHandler(emu, seedDemo(emu)));
	page = `${new URL(emu.baseUrl).origin}/ui`;
	receiver = await new Receiver().start();
});
afterEach(async () => {
	await emu.stop();
	await receiver.stop();
});

const post = async (path: string, body: unknown) => {
	const res = await fetch(`${page}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
	return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('chat page', () => {
	it('seeds the chats the examples refer to and serves the page beside the API', async () => {
		expect([...emu.state.chats.values()].map((c) => [c.id, c.name])).toEqual([
			[DEMO_CHATS.general, 'General'], [DEMO_CHATS.team, 'Team'], [DEMO_CHATS.alerts, 'Alerts'], [DEMO_CHATS.reports, 'Reports'],
		]);
		const html = await fetch(page);
		expect(html.headers.get('content-type')).toContain('text/html');
		expect(await html.text()).toContain('data-testid="send"');
		// The API itself is untouched by the page hook.
		expect((await fetch(`${emu.baseUrl}/chats`)).status).toBe(401);
	});

	it('a message posted as a user reaches the bot as a signed message.new from that user', async () => {
		emu.setBotWebhook(emu.botId, receiver.url);
		const sent = await post('/api/send', { chatId: DEMO_CHATS.general, userId: 13, content: '/task buy milk' });
		expect(sent.status).toBe(201);
		await emu.flushWebhooks();
		expect(receiver.received).toHaveLength(1);
		const [hook] = receiver.received;
		expect(hook.headers['pachca-signature']).toBe(signBody(hook.rawBody, emu.signingSecret));
		expect(JSON.parse(hook.rawBody)).toMatchObject({ type: 'message', event: 'new', user_id: 13, chat_id: DEMO_CHATS.general, content: '/task buy milk' });
	});

	it("a click on a bot's button sends button.click to that bot, and the state lists its buttons", async () => {
		const alerts = emu.state.bots.get(ALERTS_BOT_ID)!;
		emu.setBotWebhook(ALERTS_BOT_ID, receiver.url);
		const msg = emu.addMessages(DEMO_CHATS.alerts, 1, { user_id: ALERTS_BOT_ID, content: 'Disk full', buttons: [[{ text: 'Take', data: 'take:1' }]] })[0];
		const state = (await (await fetch(`${page}/api/state`)).json()) as { chats: Array<{ id: number; messages: Array<{ id: number; bot: boolean; buttons: unknown }> }> };
		expect(state.chats.find((c) => c.id === DEMO_CHATS.alerts)?.messages.find((m) => m.id === msg.id)).toMatchObject({
			bot: true, buttons: [[{ text: 'Take', data: 'take:1' }]],
		});
		const clicked = await post('/api/click', { messageId: msg.id, userId: 14, data: 'take:1' });
		expect(clicked).toEqual({ status: 200, body: { delivered: 200, attempts: 1 } });
		const [hook] = receiver.received;
		expect(hook.headers['pachca-signature']).toBe(signBody(hook.rawBody, alerts.signingSecret));
		expect(JSON.parse(hook.rawBody)).toMatchObject({ type: 'button', event: 'click', message_id: msg.id, user_id: 14, data: 'take:1', chat_id: DEMO_CHATS.alerts });
	});

	it('gives the page each message rendered as Pachca shows it, with its files as links', async () => {
		const storagePath = 'attaches/files/1/report.csv';
		const file = { id: 1, key: storagePath, name: 'report.csv', file_type: 'file' as const, url: 'http://127.0.0.1/report.csv', width: null, height: null };
		const msg = emu.addMessages(DEMO_CHATS.general, 1, { content: '**Done**, @olga: <b>x</b>', files: [file] })[0];
		const state = (await (await fetch(`${page}/api/state`)).json()) as { chats: Array<{ messages: Array<{ id: number; html: string; files: unknown }> }> };
		const view = state.chats.flatMap((c) => c.messages).find((m) => m.id === msg.id);
		expect(view?.html).toBe('<p><strong>Done</strong>, <span class="mention" data-user-id="13">@olga</span>: &lt;b&gt;x&lt;/b&gt;</p>\n');
		expect(view?.files).toEqual([{ name: 'report.csv', url: file.url, type: 'file' }]);
	});

	it("opens a message's url (its `url` field) on the page at that message; a thread reply in the chat the thread hangs in", async () => {
		const [root] = emu.addMessages(DEMO_CHATS.general, 1, { content: 'Root' });
		const thread = emu.state.threadFor(root, emu.userId);
		const [reply] = emu.addMessages(thread.chat_id, 1, { content: 'In the thread' });
		const opened = async (link: string) => {
			const res = await fetch(link, { redirect: 'manual' });
			return { status: res.status, location: res.headers.get('location') };
		};

		expect(root.url.startsWith(`${new URL(emu.baseUrl).origin}/chats/`)).toBe(true);
		expect(await opened(root.url)).toEqual({ status: 302, location: `/ui?chat=${DEMO_CHATS.general}&message=${root.id}` });
		expect(await opened(reply.url)).toEqual({ status: 302, location: `/ui?chat=${DEMO_CHATS.general}&message=${reply.id}` });
		// The other link form Pachca's "Copy link" gives, and a chat link.
		expect(await opened(`${page.replace(/\/ui$/, '')}/chats/${DEMO_CHATS.team}/messages/7`)).toEqual({ status: 302, location: `/ui?chat=${DEMO_CHATS.team}&message=7` });
		expect(await opened(`${page.replace(/\/ui$/, '')}/chats/${DEMO_CHATS.team}`)).toEqual({ status: 302, location: `/ui?chat=${DEMO_CHATS.team}` });
		const html = await (await fetch(root.url)).text();
		expect(html).toContain("query.get('message')");
	});

	it('shows the form the bot opened for the clicking user, and submits it as that user (view.submit to the bot)', async () => {
		emu.setBotWebhook(emu.botId, receiver.url);
		const msg = emu.addMessages(DEMO_CHATS.general, 1, { user_id: emu.botId, content: 'Time off?', buttons: [[{ text: 'Request', data: 'timeoff' }]] })[0];
		await post('/api/click', { messageId: msg.id, userId: 14, data: 'timeoff' });
		const triggerId = (JSON.parse(receiver.received[0].rawBody) as { trigger_id: string }).trigger_id;
		const view = { title: 'Time off', blocks: [{ type: 'input', name: 'reason', label: 'Reason' }] };
		const opened = await fetch(`${emu.baseUrl}/views/open`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${emu.botToken}`, 'Content-Type': 'application/json' },
			body: JSON.stringify({ type: 'modal', trigger_id: triggerId, view }),
		});
		expect(opened.status).toBe(201);
		const state = (await (await fetch(`${page}/api/state`)).json()) as { forms: Array<{ id: number; userId: number; title: string }> };
		expect(state.forms).toMatchObject([{ userId: 14, title: 'Time off' }]);
		const submitted = await post('/api/submit', { viewId: state.forms[0].id, userId: 14, data: { reason: 'Wedding' } });
		expect(submitted).toEqual({ status: 200, body: { outcome: 'closed', status: 200 } });
		expect(JSON.parse(receiver.received.at(-1)!.rawBody)).toMatchObject({ type: 'view', event: 'submit', user_id: 14, data: { reason: 'Wedding' } });
		expect((await post('/api/submit', { viewId: state.forms[0].id, userId: 14, data: {} })).status).toBe(404);
	});

	it('refuses an unknown user and a message that is not from a bot, sending nothing', async () => {
		emu.setBotWebhook(emu.botId, receiver.url);
		expect((await post('/api/send', { chatId: DEMO_CHATS.general, userId: 999, content: 'x' })).status).toBe(400);
		const human = emu.addMessages(DEMO_CHATS.general, 1)[0];
		expect((await post('/api/click', { messageId: human.id, userId: 13, data: 'x' })).status).toBe(404);
		await emu.flushWebhooks();
		expect(receiver.received).toHaveLength(0);
	});
});
