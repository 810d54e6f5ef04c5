import type { Chat, PachcaEmulator } from '../emulator';
import type { WaitingWebhookServer } from '../harness/wait';
import { NO_ACTION_REQUIRED } from '../harness/wait';
import { buttonUrls, rl, sendAndWait, sendAndWaitPerFile, sentMessage } from '../harness/fixtures/sendAndWait';

let emu: PachcaEmulator;
let server: WaitingWebhookServer;
let chat: Chat;
sendAndWaitPerFile({ name: 'Approvals' }, (world) => ({ emu, server, chat } = world));

const base = () => ({ sendTo: 'chat', chatId: rl('id', chat.id), content: 'Approve the invoice?' });

describe('Send and Wait for Response: Limit Wait Time', () => {
	it('waits for the interval, then continues with the input item and no answer', async () => {
		const before = Date.now();
		const execution = await sendAndWait(
			server,
			emu,
			{ ...base(), options: { limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 1.5, resumeUnit: 'hours' } } } },
			[{ invoice: 'INV-7' }],
		);
		const after = Date.now();

		const waitTill = execution.data.waitTill!.getTime();
		expect(waitTill).toBeGreaterThanOrEqual(before + 90 * 60_000);
		expect(waitTill).toBeLessThanOrEqual(after + 90 * 60_000);

		await server.timeOut(execution);

		expect(execution.finished()).toBe(true);
		expect(execution.run.data.resultData.error).toBeUndefined();
		expect(execution.items()).toEqual([{ invoice: 'INV-7' }]);
		// The buttons stay; n8n answers a late click itself, without the node.
		const late = await server.open(buttonUrls(sentMessage(emu)).Approve);
		expect(late).toEqual({ status: 200, body: NO_ACTION_REQUIRED });
	});

	// The editor's date picker gives local wall time without an offset: it is the workflow's timezone.
	const year = new Date().getUTCFullYear() + 1;
	it.each([
		['Pacific/Kiritimati', `${year}-12-24T10:00:00`, `${year}-12-23T20:00:00.000Z`],
		['America/Adak', `${year}-12-24T10:00:00`, `${year}-12-24T20:00:00.000Z`],
		['America/Adak', `${year}-07-01T09:30:00`, `${year}-07-01T18:30:00.000Z`],
		// An explicit offset wins over the workflow's timezone.
		['Pacific/Kiritimati', `${year}-12-24T10:00:00+03:00`, `${year}-12-24T07:00:00.000Z`],
	])('in a workflow on %s, waits until %s as that wall time (%s)', async (timezone, given, expected) => {
		const execution = await sendAndWait(
			server,
			emu,
			{ ...base(), options: { limitWaitTime: { values: { limitType: 'atSpecifiedTime', maxDateAndTime: given } } } },
			[{}],
			{ timezone },
		);

		expect(execution.run.data.resultData.error).toBeUndefined();
		expect(execution.data.waitTill?.toISOString()).toBe(expected);
	});

	it('an answer before the limit resumes as usual', async () => {
		const execution = await sendAndWait(server, emu, {
			...base(),
			options: { limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 10, resumeUnit: 'minutes' } } },
		});

		await server.open(buttonUrls(sentMessage(emu)).Approve);

		expect(execution.items()).toEqual([{ data: { approved: true } }]);
		expect(execution.data.waitTill).toBeUndefined();
	});
});
