import type { INodeParameters } from 'n8n-workflow';

import type { PachcaEmulator } from '../emulator';
import { binaryOf, emulatorPerFile, PDF, PNG, rl, runPeople } from '../harness/fixtures/user';

let emu: PachcaEmulator;

emulatorPerFile((started) => {
	emu = started;
});

const long = (n: number) => 'я'.repeat(n);
const create = (additionalFields: INodeParameters) => ({ operation: 'create', email: 'x@example.com', additionalFields });
const update = (updateFields: INodeParameters) => ({ operation: 'update', userId: rl('id', 13), updateFields });
const status = (fields: INodeParameters) => ({ operation: 'updateStatus', userId: rl('id', 13), emoji: '🌴', title: 'Away', ...fields });
const property = (entry: INodeParameters) => ({ customProperties: { property: [{ propertyId: rl('list', 1678), value: 'Kazan', ...entry }] } });

describe('User: bad input is an error naming the parameter and the item, and nothing is sent', () => {
	it.each([
		['a User expression that is not an ID', { operation: 'get', userId: rl('id', '={{ "olga" }}') }, 'User: expected a positive numeric ID, got "olga" (item 0)'],
		['a User of 0', { operation: 'delete', userId: rl('id', '={{ 0 }}') }, 'User: expected a positive numeric ID, got 0 (item 0)'],
		['a Return All that is not a boolean', { operation: 'getMany', returnAll: '={{ "all" }}' }, 'Return All: expected true or false, got "all" (item 0)'],
		['a Limit of 0', { operation: 'getMany', returnAll: false, limit: 0 }, 'Limit: expected a whole number of at least 1, got 0 (item 0)'],
		['a Search that is an object', { operation: 'getMany', query: '={{ {} }}' }, 'Search: expected text, got an object (item 0)'],
		['a blank Email', { operation: 'create', email: ' ' }, 'Email: is empty (item 0)'],
		['an Email without @', { operation: 'create', email: 'olga.example.com' }, 'Email: expected an email address, got "olga.example.com" (item 0)'],
		['a First Name over 255 characters', create({ firstName: long(256) }), 'First Name: 256 characters, at most 255 are allowed (item 0)'],
		['a Last Name over 255 characters', create({ lastName: long(256) }), 'Last Name: 256 characters, at most 255 are allowed (item 0)'],
		['a Phone Number over 255 characters', create({ phoneNumber: long(256) }), 'Phone Number: 256 characters, at most 255 are allowed (item 0)'],
		['a Nickname over 255 characters', create({ nickname: long(256) }), 'Nickname: 256 characters, at most 255 are allowed (item 0)'],
		['a Department over 255 characters', create({ department: long(256) }), 'Department: 256 characters, at most 255 are allowed (item 0)'],
		['a Title that is an object', create({ title: '={{ {} }}' }), 'Title: expected text, got an object (item 0)'],
		['a Role that is not one', create({ role: 'owner' }), 'Role: expected one of "admin", "user", "multi_guest", "guest", got "owner" (item 0)'],
		['a Deactivated that is not a boolean', create({ suspended: 'maybe' }), 'Deactivated: expected true or false, got "maybe" (item 0)'],
		['Tags that are not text', create({ listTags: '={{ {} }}' }), 'Tags: expected text, got an object (item 0)'],
		['Chat IDs that are not IDs', create({ chatIds: '12, general' }), 'Chat IDs: expected positive numeric IDs, got "general" (item 0)'],
		['a Guest without one chat', create({ role: 'guest', chatIds: '1001, 1002' }), 'Chat IDs: a Guest needs exactly one chat ID (item 0)'],
		['a Skip Invitation Email that is not a boolean', create({ skipEmailNotify: 'no way' }), 'Skip Invitation Email: expected true or false, got "no way" (item 0)'],
		['a custom Property that is not an ID', create(property({ propertyId: rl('id', 'city') })), 'Custom Properties: property 1: Property: expected a positive numeric ID, got "city" (item 0)'],
		['a custom property Value over 768 characters', create(property({ value: long(769) })), 'Custom Properties: property 1: Value: 769 characters, at most 768 are allowed (item 0)'],
		['Update without any field', update({}), 'Update Fields: add at least one field to change (item 0)'],
		['Update with a blank Email', update({ email: '' }), 'Email: is empty (item 0)'],
		['Update to Guest', update({ role: 'guest' }), 'Role: expected one of "admin", "user", "multi_guest", got "guest" (item 0)'],
		['a blank Emoji from an expression', status({ emoji: '={{ "  " }}' }), 'Emoji: is empty (item 0)'],
		['a Title over 50 characters', status({ title: long(51) }), 'Title: 51 characters, at most 50 are allowed (item 0)'],
		['an Away that is not a boolean', status({ statusFields: { isAway: 'sometimes' } }), 'Away: expected true or false, got "sometimes" (item 0)'],
		['an Away Message over 1024 characters', status({ statusFields: { awayMessage: long(1025) } }), 'Away Message: 1025 characters, at most 1024 are allowed (item 0)'],
		['an Expires At that is not a date', status({ statusFields: { expiresAt: 'next week' } }), 'Expires At: expected a date and time, got "next week" (item 0)'],
	])('%s', async (_case, parameters, message) => {
		const result = await runPeople(emu, 'user', parameters as INodeParameters);

		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});

	it.each([
		['no binary field of that name', 'photo', [{ data: binaryOf(PNG, 'a.png', 'image/png') }], 'Input Binary Field: the input item has no binary field "photo" (it has "data") (item 0)'],
		['an item without binary data', 'data', [], 'Input Binary Field: the input item has no binary field "data" (it has no binary data) (item 0)'],
		['a file that is not an image', 'data', [{ data: binaryOf(PDF, 'cv.pdf', 'application/pdf') }], 'Input Binary Field: "data" is application/pdf, not an image (item 0)'],
		['a blank field name', ' ', [], 'Input Binary Field: is empty (item 0)'],
	])('Update Avatar with %s', async (_case, binaryPropertyName, binary, message) => {
		const result = await runPeople(emu, 'user', { operation: 'updateAvatar', userId: rl('id', 13), binaryPropertyName }, { binary });

		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});

	it('Custom Property → Get Many with an Entity Type that is not one', async () => {
		const result = await runPeople(emu, 'customProperty', { operation: 'getMany', entityType: 'Chat' });

		expect(result.error?.message).toContain('Entity Type: expected one of "User", "Task", got "Chat" (item 0)');
		expect(emu.requests).toHaveLength(0);
	});
});
