import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, runChatExport } from '../harness/fixtures/chatExport';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const request = { operation: 'request', startDate: '2025-03-01', endDate: '2025-03-02', webhookUrl: 'https://n8n.example.com/hook' };
const download = { operation: 'download', exportId: '22000' };

describe('Bad input is an error naming the parameter and the item, and nothing is sent', () => {
	it.each([
		['a Start Date expression that gives nothing', { ...request, startDate: '={{ "" }}' }, 'Start Date: is empty (item 0)'],
		['an End Date that is not a date', { ...request, endDate: 'end of March' }, 'End Date: expected a date and time, got "end of March" (item 0)'],
		['a Start Date after the End Date', { ...request, startDate: '2025-03-05', endDate: '2025-03-02' }, 'Start Date: 2025-03-05T00:00:00.000Z is later than End Date (2025-03-02T00:00:00.000Z) (item 0)'],
		['a Webhook URL that is not http(s)', { ...request, webhookUrl: 'ftp://example.com/x' }, 'Webhook URL: expected an http:// or https:// URL, got "ftp://example.com/x" (item 0)'],
		['Chat IDs that are not IDs', { ...request, additionalFields: { chatIds: '1000, general' } }, 'Chat IDs: expected positive numeric IDs, got "general" (item 0)'],
		['Chat IDs left empty', { ...request, additionalFields: { chatIds: ' ' } }, 'Chat IDs: give at least one chat ID, or remove the field (item 0)'],
		['a Skip Chats File that is not a boolean', { ...request, additionalFields: { skipChatsFile: 'maybe' } }, 'Skip Chats File: expected true or false, got "maybe" (item 0)'],
		['an Export ID that is not an ID', { ...download, exportId: 'latest' }, 'Export ID: expected a positive numeric ID, got "latest" (item 0)'],
		['a Wait Until Ready that is not a boolean', { ...download, waitUntilReady: '={{ "soon" }}' }, 'Wait Until Ready: expected true or false, got "soon" (item 0)'],
		['a Max Wait over an hour', { ...download, waitUntilReady: true, maxWaitSeconds: 7200 }, 'Max Wait (Seconds): expected a whole number from 1 to 3600, got 7200 (item 0)'],
		['an empty Put Output File in Field', { ...download, binaryPropertyName: ' ' }, 'Put Output File in Field: is empty (item 0)'],
	])('%s', async (_case, parameters, message) => {
		const result = await runChatExport(emu, parameters, [{}], { timezone: 'UTC' });
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});
