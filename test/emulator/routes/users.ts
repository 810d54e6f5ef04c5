// /users: list (cursor pages, `query`), one, create, edit, delete; a user's status and avatar. Writes
// need a scope only owners and admins hold (x-scope-roles): another token that has it answers 403.
import type { Ctx, Reply, Route } from '../context';
import { data, noContent } from '../context';
import { cursorOnly, pageParams, paginate } from '../pagination';
import type { User, UserRole } from '../types';
import { apiError, isObject, notFound, oauthError, oneOf, optBool, optString, parseId, wrapper, INT32_MAX } from '../validation';
import { deleteAvatar, deleteStatus, getStatus, putAvatar, putStatus } from './people';

const MAX_TEXT = 255;
const MAX_PROPERTY_VALUE = 768;
const CREATE_ROLES: readonly UserRole[] = ['admin', 'user', 'multi_guest', 'guest'];
const UPDATE_ROLES: readonly UserRole[] = ['admin', 'user', 'multi_guest'];

/** The scope is only for owners and admins: a bot or an employee holding it is refused as Pachca does. */
function staffOnly(ctx: Ctx): void {
	if (ctx.token.bot || ctx.user.role !== 'admin') {
		throw oauthError(403, 'insufficient_scope', 'The scope is not available to the role of the token owner');
	}
}

function userById(ctx: Ctx, raw: string | undefined, key: string): User {
	const id = parseId(raw, key);
	const user = ctx.state.users.get(id);
	if (!user) throw notFound(key, id, 'User');
	return user;
}

function listUsers(ctx: Ctx): Reply {
	const query = ctx.query.query?.trim().toLowerCase() ?? '';
	const p = pageParams(cursorOnly(ctx.query), `users:${query}`, ['id'], { sort: 'id', order: 'asc' });
	const matches = (u: User) =>
		[u.first_name, u.last_name, u.email, u.phone_number, u.nickname].some((field) => (field ?? '').toLowerCase().includes(query));
	const users = [...ctx.state.users.values()].filter((u) => query === '' || matches(u)).sort((a, b) => a.id - b.id);
	const last = ctx.state.lastId('user');
	return { status: 200, body: paginate(users, (u) => [u.id, u.id], p, [last, last], ctx.state.paginationQuirk) };
}

function stringList(input: Record<string, unknown>, key: string): string[] | undefined {
	const value = input[key];
	if (value === undefined || value === null) return undefined;
	if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw apiError(400, key, 'Must be an array of strings', 'invalid', value);
	return value as string[];
}

function idList(input: Record<string, unknown>, key: string): number[] | undefined {
	const value = input[key];
	if (value === undefined || value === null) return undefined;
	const ok = Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= INT32_MAX);
	if (!ok) throw apiError(400, key, 'Must be an array of integers', 'invalid', value);
	return value as number[];
}

/** custom_properties: [{ id, value }], each a User property of the workspace (else 422, as the spec warns). */
function customProperties(ctx: Ctx, input: Record<string, unknown>, person: User | undefined): unknown[] | undefined {
	const value = input.custom_properties;
	if (value === undefined || value === null) return undefined;
	if (!Array.isArray(value)) throw apiError(400, 'custom_properties', 'Must be an array', 'invalid', value);
	const merged = new Map((person?.custom_properties ?? []).map((p) => [(p as { id: number }).id, p]));
	value.forEach((entry, i) => {
		const key = `custom_properties.${i}`;
		if (!isObject(entry) || typeof entry.id !== 'number' || typeof entry.value !== 'string') {
			throw apiError(400, key, 'Must be an object with an integer id and a string value', 'invalid', entry);
		}
		const definition = ctx.state.customProperties.find((d) => d.id === entry.id && d.entity_type === 'User');
		if (!definition) throw apiError(422, `${key}.id`, 'Custom property not found', 'not_found', entry.id);
		if (entry.value.length > MAX_PROPERTY_VALUE) throw apiError(422, `${key}.value`, `Is too long (maximum is ${MAX_PROPERTY_VALUE} characters)`, 'too_long', entry.value);
		merged.set(definition.id, { id: definition.id, name: definition.name, data_type: definition.data_type, value: entry.value });
	});
	return [...merged.values()];
}

/** The editable fields of a `user` object, checked; only those present. */
function userFields(ctx: Ctx, input: Record<string, unknown>, roles: readonly UserRole[], person?: User): Partial<User> {
	const fields: Partial<User> = {};
	for (const key of ['first_name', 'last_name', 'email', 'phone_number', 'nickname', 'department'] as const) {
		const value = optString(input, key, MAX_TEXT);
		if (value !== undefined) fields[key] = value;
	}
	const title = optString(input, 'title');
	if (title !== undefined) fields.title = title;
	if (input.role !== undefined) fields.role = oneOf(input.role, roles, 'role');
	const suspended = optBool(input, 'suspended');
	if (suspended !== undefined) fields.suspended = suspended;
	const tags = stringList(input, 'list_tags');
	if (tags !== undefined) fields.list_tags = tags;
	const properties = customProperties(ctx, input, person);
	if (properties !== undefined) fields.custom_properties = properties;
	if (typeof fields.email === 'string') {
		if (!/^[^\s@]+@[^\s@]+$/.test(fields.email)) throw apiError(422, 'email', 'Is invalid', 'invalid', fields.email);
		const taken = [...ctx.state.users.values()].some((u) => u.email === fields.email && u.id !== person?.id);
		if (taken) throw apiError(422, 'email', 'Has already been taken', 'taken', fields.email);
	}
	return fields;
}

function createUser(ctx: Ctx): Reply {
	staffOnly(ctx);
	const input = wrapper(ctx.body, 'user');
	if (input.email === undefined || input.email === null) throw apiError(400, 'email', 'Required parameter is missing', 'required');
	const fields = userFields(ctx, input, CREATE_ROLES);
	const chatIds = idList(input, 'chat_ids') ?? [];
	// Spec: a guest goes into exactly one active chat, which the token may add members to.
	if (fields.role === 'guest' && chatIds.length !== 1) throw apiError(400, 'chat_ids', 'A guest needs exactly one chat', 'invalid', chatIds);
	const chats = chatIds.map((id) => {
		const chat = ctx.state.chats.get(id);
		if (!chat || chat.archived || !ctx.state.canRead(ctx.user.id, chat)) throw apiError(400, 'chat_ids', 'Chat not found or not available', 'invalid', id);
		return chat;
	});
	optBool(ctx.body as Record<string, unknown>, 'skip_email_notify'); // checked only: the emulator sends no emails
	const nickname = fields.nickname ?? String(fields.email).split('@')[0];
	const created = ctx.state.addUser({ ...fields, nickname, invite_status: 'sent', inviter_id: ctx.user.id, last_activity_at: null });
	for (const chat of chats) chat.member_ids.push(created.id);
	return data(created, 201);
}

function updateUser(ctx: Ctx): Reply {
	staffOnly(ctx);
	const person = userById(ctx, ctx.params.id, 'id');
	const input = wrapper(ctx.body, 'user');
	Object.assign(person, userFields(ctx, input, UPDATE_ROLES, person));
	return data(person);
}

/** Deleting: the user leaves every chat, their tokens stop working (owner_id of their chats stays). */
function deleteUser(ctx: Ctx): Reply {
	staffOnly(ctx);
	const person = userById(ctx, ctx.params.id, 'id');
	ctx.state.users.delete(person.id);
	for (const chat of ctx.state.chats.values()) chat.member_ids = chat.member_ids.filter((id) => id !== person.id);
	for (const [token, record] of ctx.state.tokens) if (record.userId === person.id) ctx.state.tokens.delete(token);
	return noContent();
}

/** A handler on the user in {user_id}, behind the owner/admin check when the scope needs it. */
const onUser = (handler: (ctx: Ctx, person: User) => Reply, staff: boolean) => (ctx: Ctx) => {
	if (staff) staffOnly(ctx);
	return handler(ctx, userById(ctx, ctx.params.user_id, 'user_id'));
};

export const userRoutes: Route[] = [
	{ method: 'GET', path: '/users', scope: 'users:read', bucket: 'other', handler: listUsers },
	{ method: 'POST', path: '/users', scope: 'users:create', bucket: 'other', handler: createUser },
	{ method: 'GET', path: '/users/:id', scope: 'users:read', bucket: 'other', handler: (ctx) => data(userById(ctx, ctx.params.id, 'id')) },
	{ method: 'PUT', path: '/users/:id', scope: 'users:update', bucket: 'other', handler: updateUser },
	{ method: 'DELETE', path: '/users/:id', scope: 'users:delete', bucket: 'other', handler: deleteUser },
	{ method: 'PUT', path: '/users/:user_id/avatar', scope: 'user_avatar:write', bucket: 'other', handler: onUser(putAvatar, true) },
	{ method: 'DELETE', path: '/users/:user_id/avatar', scope: 'user_avatar:write', bucket: 'other', handler: onUser((_ctx, p) => deleteAvatar(p), true) },
	{ method: 'GET', path: '/users/:user_id/status', scope: 'user_status:read', bucket: 'other', handler: onUser((_ctx, p) => getStatus(p), false) },
	{ method: 'PUT', path: '/users/:user_id/status', scope: 'user_status:write', bucket: 'other', handler: onUser(putStatus, true) },
	{ method: 'DELETE', path: '/users/:user_id/status', scope: 'user_status:write', bucket: 'other', handler: onUser((_ctx, p) => deleteStatus(p), true) },
];
