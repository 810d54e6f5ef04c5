import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';

/** UserCreateRequest / UserUpdateRequest limits from the spec. */
const MAX_TEXT = 255;
const MAX_PROPERTY_VALUE = 768;

type FieldReader = (read: ParameterReader, path: string) => unknown;

const limited: FieldReader = (read, path) => read.text(path, { max: MAX_TEXT }).trim();

export function readEmail(read: ParameterReader, path: string): string {
	const email = read.text(path, { required: true, max: MAX_TEXT }).trim();
	if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw read.expected(path, 'an email address', email);
	return email;
}

/** Comma-separated tag names; empty = no tags. */
const readTags: FieldReader = (read, path) =>
	read
		.text(path)
		.split(',')
		.map((tag) => tag.trim())
		.filter((tag) => tag !== '');

/** Each editor field and how it becomes its key in the request's `user` object. */
const FIELDS: Record<string, [apiKey: string, reader: FieldReader]> = {
	firstName: ['first_name', limited],
	lastName: ['last_name', limited],
	email: ['email', readEmail],
	phoneNumber: ['phone_number', limited],
	nickname: ['nickname', limited],
	department: ['department', limited],
	title: ['title', (read, path) => read.text(path).trim()],
	role: ['role', (read, path) => read.choice(path)],
	suspended: ['suspended', (read, path) => read.boolean(path, false)],
	listTags: ['list_tags', readTags],
	chatIds: ['chat_ids', (read, path) => read.idList(path)],
	customProperties: ['custom_properties', readCustomProperties],
	// Create only, and outside `user` in the request: the caller moves it.
	skipEmailNotify: ['skip_email_notify', (read, path) => read.boolean(path, false)],
};

/** The Custom Properties entries as `[{ id, value }]`, each property an ID (picked or typed). */
function readCustomProperties(read: ParameterReader, path: string): IDataObject[] {
	const value = read.raw(path, {});
	const entries = typeof value === 'object' && value !== null ? (value as { property?: unknown }).property ?? [] : value;
	if (!Array.isArray(entries)) throw read.expected(path, 'a list of properties', value);
	return entries.map((raw: unknown, i) => {
		const entry = read.within(path, `property ${i + 1}`);
		const given = (typeof raw === 'object' && raw !== null ? raw : {}) as { propertyId?: unknown; value?: unknown };
		const located = given.propertyId;
		const id = entry.idValue(`${path}.property.propertyId`, typeof located === 'object' && located !== null ? (located as { value?: unknown }).value : located);
		return { id, value: entry.textValue(`${path}.property.value`, given.value ?? '', { max: MAX_PROPERTY_VALUE }) };
	});
}

/**
 * The `user` object of a create or update request: only the fields added to `collection` (so an update
 * leaves the others as they are), each checked before anything is sent.
 */
export function readUserFields(read: ParameterReader, collection: string): IDataObject {
	const chosen = read.raw(collection, {});
	if (typeof chosen !== 'object' || chosen === null || Array.isArray(chosen)) {
		throw read.expected(collection, 'a set of fields', chosen);
	}
	const user: IDataObject = {};
	for (const field of Object.keys(chosen)) {
		const known = FIELDS[field];
		if (!known) continue;
		const [apiKey, reader] = known;
		user[apiKey] = reader(read, `${collection}.${field}`) as IDataObject[keyof IDataObject];
	}
	// Spec (POST /users): a guest is added to exactly one chat, given in chat_ids.
	if (user.role === 'guest' && (user.chat_ids as number[] | undefined)?.length !== 1) {
		throw read.fail(`${collection}.chatIds`, 'a Guest needs exactly one chat ID');
	}
	return user;
}
