import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Message, PachcaEmulator } from '../emulator';
import { credentialsFor } from '../harness/credentials';
import type { WaitingExecution } from '../harness/wait';
import { WaitingWebhookServer } from '../harness/wait';

export { emulatorPerFile, requestsTo, rl } from '../message/helpers';

/** One waiting-webhook server for the whole test file. */
export function waitingServerPerFile(onStart: (server: WaitingWebhookServer) => void): void {
	let server: WaitingWebhookServer | undefined;
	beforeAll(async () => {
		server = await WaitingWebhookServer.start();
		onStart(server);
	});
	afterAll(async () => {
		await server?.close();
	});
}

/** Runs Message → Send and Wait for Response until the execution waits (or fails). */
export async function sendAndWait(
	server: WaitingWebhookServer,
	emulator: PachcaEmulator,
	parameters: INodeParameters,
	input: IDataObject[] = [{ release: 'v2.4' }],
	options: { loop?: boolean; timezone?: string; customData?: Record<string, string> } = {},
): Promise<WaitingExecution> {
	return await server.execute(
		{
			type: 'pachca',
			parameters: { resource: 'message', operation: 'sendAndWait', ...parameters },
			credentials: credentialsFor(emulator),
			timezone: options.timezone,
		},
		input,
		options,
	);
}

/** The bot's latest message, as the emulator holds it now. */
export function sentMessage(emulator: PachcaEmulator): Message {
	const mine = [...emulator.state.messages.values()].filter((m) => m.user_id === emulator.botId);
	if (mine.length === 0) throw new Error('no message was sent');
	return mine[mine.length - 1];
}

/** The URL buttons of a message, by their text. */
export function buttonUrls(message: Message): Record<string, string> {
	return Object.fromEntries((message.buttons ?? []).flat().map((b) => [b.text, String(b.url)]));
}
