/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// `npm run emulator`: a seeded emulator (the demo chats of examples/) with its chat page on
// PACHCA_EMULATOR_PORT (default 8787) until Ctrl-C.
// `npm run emulator -- send --chat 1000 --user 13 "/task buy milk"`: post as a user to a running emulator
// (the bot gets its signed message.new webhook); `click --message <id> --user <id> --data <data>` clicks
// a bot's button (button.click); `messages --chat <id>` prints a chat.
import { PachcaEmulator } from './index';
import { chatPageHandler } from './ui/api';
import { seedDemo } from './ui/seed';

const port = Number(process.env.PACHCA_EMULATOR_PORT ?? 8787);
const pageUrl = `http://127.0.0.1:${port}/ui`;

function flags(args: string[]): { named: Record<string, string>; rest: string[] } {
	const named: Record<string, string> = {};
	const rest: string[] = [];
	for (let i = 0; i < args.length; i++) {
		if (args[i].startsWith('--')) named[args[i].slice(2)] = args[++i] ?? '';
		else rest.push(args[i]);
	}
	return { named, rest };
}

function need(named: Record<string, string>, name: string): number {
	const value = Number(named[name]);
	if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} <id> is required (got "${named[name] ?? ''}")`);
	return value;
}

async function call(path: string, body?: unknown): Promise<unknown> {
	const res = await fetch(`${pageUrl}${path}`, body === undefined ? {} : {
		method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
	}).catch(() => {
		throw new Error(`No emulator at ${pageUrl}: start one with npm start or npm run emulator (or set PACHCA_EMULATOR_PORT)`);
	});
	const out = (await res.json()) as unknown;
	if (!res.ok) throw new Error(`${res.status}: ${JSON.stringify(out)}`);
	return out;
}

async function serve(): Promise<void> {
	const emu = await PachcaEmulator.start({ port });
	const demo = seedDemo(emu);
	emu.servePages(chatPageHandler(emu, demo));
	const lines = [
		'Pachca emulator is running',
		`  base URL:       ${emu.baseUrl}`,
		`  chat page:      ${pageUrl}`,
		`  bot token:      ${emu.botToken}   (bot ${emu.botId})`,
		`  signing secret: ${emu.signingSecret}`,
		`  alerts bot:     ${demo.alertsBot.token}   (bot ${demo.alertsBot.id}, secret ${demo.alertsBot.signingSecret})`,
		`  user token:     ${emu.userToken}`,
		'  chats:          1000 General (channel), 1001 Team, 1002 Alerts, 1003 Reports',
		`  users:          ${demo.people.map((p) => `${p.id} ${p.name}`).join(', ')}`,
		'Set the bot webhook with PUT /bot/webhook. Press Ctrl-C to stop.',
	];
	process.stdout.write(`${lines.join('\n')}\n`);
	const shutdown = () => {
		void emu.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
	// The server's listening socket keeps the process alive.
}

async function main(): Promise<void> {
	const [command, ...args] = process.argv.slice(2);
	const { named, rest } = flags(args);
	if (command === undefined || command === 'serve') return await serve();
	if (command === 'send') {
		const out = (await call('/api/send', { chatId: need(named, 'chat'), userId: need(named, 'user'), content: rest.join(' ') })) as { data: { id: number } };
		process.stdout.write(`sent message ${out.data.id}\n`);
	} else if (command === 'click') {
		const out = await call('/api/click', { messageId: need(named, 'message'), userId: need(named, 'user'), data: named.data ?? '' });
		process.stdout.write(`clicked: ${JSON.stringify(out)}\n`);
	} else if (command === 'messages') {
		const state = (await call('/api/state')) as { chats: Array<{ id: number; name: string; messages: Array<{ id: number; author: string; content: string; buttons: unknown; replies: unknown[] }> }> };
		const chat = state.chats.find((c) => c.id === need(named, 'chat'));
		if (!chat) throw new Error(`No chat ${named.chat}`);
		for (const m of chat.messages) process.stdout.write(`#${m.id} ${m.author}: ${m.content} ${JSON.stringify(m.buttons)} (${m.replies.length} replies)\n`);
	} else {
		throw new Error(`Unknown command "${command}": use serve, send, click or messages`);
	}
}

main().catch((e: unknown) => {
	process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
	process.exit(1);
});
