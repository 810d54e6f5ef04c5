import type { PachcaEmulator } from '../emulator';
import { normaliseBaseUrl } from '../../nodes/shared/transport';
import { bucketKey, buckets, tokenId } from '../../nodes/shared/transport/throttle';
import { credentialsFor } from '../harness/credentials';
import { runAction } from '../harness/run';
import { rl } from '../harness/fixtures/message';
import { emulatorPerFile } from '../harness/emulator';

/**
 * Queue mode: the credential says how many n8n processes send with the token; each starts at its share
 * and borrows only what the others leave unused (test/transport/process-share.test.ts has the schedule).
 */
let emu: PachcaEmulator;
emulatorPerFile((started) => (emu = started), { rateLimits: true });

const sendTo = async (chatId: number, sharingProcesses?: number) =>
	await runAction({
		parameters: { resource: 'message', operation: 'send', chatId: rl('id', chatId), content: 'hello' },
		credentials: credentialsFor(emu, sharingProcesses === undefined ? {} : { sharingProcesses }),
	});

const writeBucket = (chatId: number, processes: number) =>
	buckets.bucket(bucketKey(tokenId(normaliseBaseUrl(emu.baseUrl), emu.botToken, processes), 'messageWrite', `chat:${chatId}`), 'messageWrite');

describe('Processes Sharing This Credential', () => {
	it('with 2, the chat starts at half of Pachca’s per-chat rate in this process, not the whole', async () => {
		const chat = emu.addChat({ name: 'Shared by two workers' });
		const result = await sendTo(chat.id, 2);

		expect(result.error).toBeUndefined();
		const rate = writeBucket(chat.id, 2).perSecondAt(Date.now());
		expect(rate).toBeGreaterThanOrEqual(2);
		expect(rate).toBeLessThan(4);
	});

	it('left at 1 (or unset), the whole documented rate', async () => {
		const chat = emu.addChat({ name: 'One n8n' });
		await sendTo(chat.id);

		expect(writeBucket(chat.id, 1).perSecondAt(Date.now())).toBe(4);
	});
});
