/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// An emulator in its own process, so that a test measuring its own memory does not count the bytes
// the storage receives. Prints `{ baseUrl, botToken, signingSecret, chatId }` as one JSON line; each
// line read on stdin ("stored") is answered with the direct uploads as { key, size, sha256 }; stops
// when stdin closes.
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';

import { PachcaEmulator } from '../../emulator';
import { uploadStore } from '../../emulator/routes/uploads';

async function main(): Promise<void> {
	const emu = await PachcaEmulator.start({ rateLimits: false });
	const chat = emu.addChat({ name: 'Large files' });
	const { baseUrl, botToken, signingSecret } = emu;
	process.stdout.write(`${JSON.stringify({ baseUrl, botToken, signingSecret, chatId: chat.id })}\n`);
	const lines = createInterface({ input: process.stdin });
	lines.on('line', () => {
		const stored = [...uploadStore(emu.state).stored.values()].map((u) => ({
			key: u.key,
			size: u.bytes.length,
			sha256: createHash('sha256').update(u.bytes).digest('hex'),
		}));
		process.stdout.write(`${JSON.stringify(stored)}\n`);
	});
	lines.on('close', () => void emu.stop());
}

void main();
