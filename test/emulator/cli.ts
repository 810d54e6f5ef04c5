/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// `npm run emulator`: a seeded emulator on PACHCA_EMULATOR_PORT (default 8787) until Ctrl-C.
import { PachcaEmulator } from './index';

async function main(): Promise<void> {
	const port = Number(process.env.PACHCA_EMULATOR_PORT ?? 8787);
	const emu = await PachcaEmulator.start({ port });
	const general = emu.addChat({ name: 'General', channel: true, public: true, memberIds: [13, 14] });
	const team = emu.addChat({ name: 'Team', memberIds: [13] });
	emu.addMessages(general.id, 3, { content: 'Welcome to the emulator' });
	emu.addMessages(team.id, 2);
	const lines = [
		'Pachca emulator is running',
		`  base URL:       ${emu.baseUrl}`,
		`  bot token:      ${emu.botToken}`,
		`  user token:     ${emu.userToken}`,
		`  bot id:         ${emu.botId}`,
		`  signing secret: ${emu.signingSecret}`,
		`  chats:          ${general.id} (General, channel), ${team.id} (Team)`,
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

main().catch((e: unknown) => {
	process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
	process.exit(1);
});
