/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// An emulator in its own process, so that a test measuring its own memory does not count the bytes
// the storage receives. Prints `{ baseUrl, botToken, signingSecret, chatId }` as one JSON line; each
// line read on stdin ("stored") is answered with the direct uploads as { key, size, sha256 }; the line
// "download <bytes>" puts a message with a file of that size in the chat and answers { messageId, sha256 };
// stops when stdin closes.
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';

import { PachcaEmulator } from '../../emulator';
import { uploadStore } from '../../emulator/routes/uploads';
import { messageWithFiles } from '../../emulator/routes/downloads';

/** Varied bytes (each MB numbered), so a lost or repeated chunk changes the hash. */
function varied(size: number): Buffer {
	const bytes = Buffer.alloc(size);
	for (let at = 0; at < size; at += 1024 * 1024) bytes.writeUInt32BE(at, at);
	return bytes;
}

async function main(): Promise<void> {
	const emu = await PachcaEmulator.start({ rateLimits: false });
	const chat = emu.addChat({ name: 'Large files' });
	const { baseUrl, botToken, signingSecret } = emu;
	process.stdout.write(`${JSON.stringify({ baseUrl, botToken, signingSecret, chatId: chat.id })}\n`);
	const lines = createInterface({ input: process.stdin });
	lines.on('line', (line) => {
		const [command, size] = line.split(' ');
		if (command === 'download') {
			const bytes = varied(Number(size));
			const message = messageWithFiles(emu.state, { chatId: chat.id, authorId: emu.botId, tokenId: emu.state.tokens.get(emu.botToken)!.id }, [
				{ name: 'dump.bin', bytes, contentType: 'application/octet-stream' },
			]);
			const sha256 = createHash('sha256').update(bytes).digest('hex');
			return void process.stdout.write(`${JSON.stringify({ messageId: message.id, sha256 })}\n`);
		}
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
