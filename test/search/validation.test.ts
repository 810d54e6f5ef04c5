import type { PachcaEmulator } from '../emulator';
import { emulatorPerFile, runSearch } from '../harness/fixtures/search';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

describe('Bad input is an error naming the parameter and the item, and nothing is sent', () => {
	it.each([
		['messages', 'a Query that is an object', { query: '={{ { a: 1 } }}' }, 'Query: expected text, got'],
		['messages', 'a Limit of 0', { returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
		['messages', 'Chat IDs that are not IDs', { filters: { chatIds: '198, general' } }, 'Chat IDs: expected positive numeric IDs, got "general" (item 0)'],
		['messages', 'Chat IDs left empty', { filters: { chatIds: '' } }, 'Chat IDs: give at least one value, or remove the filter (item 0)'],
		['messages', 'Author IDs that are not IDs', { filters: { userIds: '-3' } }, 'Author IDs: expected positive numeric IDs, got "-3" (item 0)'],
		['messages', 'Active Chats Only that is not a boolean', { filters: { active: '={{ "maybe" }}' } }, 'Active Chats Only: expected true or false, got "maybe" (item 0)'],
		['messages', 'a Sort By outside the spec', { filters: { sort: '={{ "newest" }}' } }, 'Sort By: expected one of "created_at", "relevance", got "newest" (item 0)'],
		['messages', 'an Order outside the spec', { filters: { order: 'up' } }, 'Order: expected one of "asc", "desc", got "up" (item 0)'],
		['messages', 'a Created After that is not a date', { filters: { createdFrom: 'yesterday-ish' } }, 'Created After: expected a date and time, got "yesterday-ish" (item 0)'],
		['messages', 'a Created Before before Created After', { filters: { createdFrom: '2025-02-01T00:00:00Z', createdTo: '2025-01-01T00:00:00Z' } }, 'Created After: 2025-02-01T00:00:00.000Z is later than Created Before (2025-01-01T00:00:00.000Z) (item 0)'],
		['chats', 'a Chat Type outside the spec', { filters: { chatSubtype: 'direct' } }, 'Chat Type: expected one of "discussion", "thread", got "direct" (item 0)'],
		['chats', 'Personal that is not a boolean', { filters: { personal: 'yes' } }, 'Personal: expected true or false, got "yes" (item 0)'],
		['chats', 'Active Only that is not a boolean', { filters: { active: 3 } }, 'Active Only: expected true or false, got 3 (item 0)'],
		['users', 'a Role outside the spec', { filters: { companyRoles: ['admin', 'boss'] } }, 'Roles: expected each of "admin", "user", "guest", "multi_guest", got "boss" (item 0)'],
		['users', 'no Role at all', { filters: { companyRoles: [] } }, 'Roles: give at least one value, or remove the filter (item 0)'],
		['users', 'a Sort By outside the spec', { filters: { sort: 'by_age' } }, 'Sort By: expected one of "creation", "alphabetical", "by_score", got "by_age" (item 0)'],
	])('%s with %s', async (operation, _case, parameters, message) => {
		const result = await runSearch(emu, { operation, query: 'x', ...parameters });
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});
});
