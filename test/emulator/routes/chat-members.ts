// GET/POST /chats/{id}/members, PUT/DELETE /chats/{id}/members/{user_id}, POST /chats/{id}/group_tags,
// DELETE /chats/{id}/group_tags/{tag_id}.
import { changeMembers, groupChat, idArray, join, requireActive, requireChatAdmin, requireGroup, roleInChat } from '../chatRoles';
import { noContent, type Ctx, type Route } from '../context';
import { pageParams, paginate, type SortKey } from '../pagination';
import type { ChatMemberRole, User } from '../types';
import { apiError, isObject, notFound, oneOf, optBool, parseId } from '../validation';

const ROLE_FILTERS = ['all', 'owner', 'admin', 'editor', 'member'] as const;
const ROLES: readonly ChatMemberRole[] = ['admin', 'editor', 'member'];

/** Members by user id; `role` filters by the role in this chat (which the User objects do not carry). */
function listMembers(ctx: Ctx) {
	const chat = groupChat(ctx, ctx.params.id);
	const role = oneOf(ctx.query.role ?? 'all', ROLE_FILTERS, 'role');
	const p = pageParams(ctx.query, `members:${chat.id}:${role}`, ['id'], { sort: 'id', order: 'asc' });
	const keyOf = (u: User): SortKey => [u.id, u.id];
	const items = [...chat.member_ids]
		.sort((a, b) => a - b)
		.filter((id) => role === 'all' || roleInChat(ctx.state, chat, id) === role)
		.map((id) => ctx.state.users.get(id))
		.filter((u): u is User => u !== undefined);
	const last = ctx.state.lastId('user');
	return { status: 200, body: paginate(items, keyOf, p, [last, last], ctx.state.paginationQuirk) };
}

/** Anyone may add to an open chat; to a closed one, its members (guide: guides-permissions.mdx). */
function addMembers(ctx: Ctx) {
	const chat = groupChat(ctx, ctx.params.id);
	const body = isObject(ctx.body) ? ctx.body : {};
	const ids = idArray(ctx, body, 'member_ids', 'user', true);
	optBool(body, 'silent');
	requireGroup(chat);
	requireActive(chat);
	if (!chat.public && !ctx.state.isMember(ctx.user.id, chat)) {
		throw apiError(403, 'id', 'You are not a member of this chat', 'forbidden', chat.id);
	}
	changeMembers(ctx, chat, () => join(chat, ids));
	return noContent();
}

/** A chat member other than the caller and the creator. */
function otherMember(ctx: Ctx, what: string) {
	const chat = groupChat(ctx, ctx.params.id);
	const userId = parseId(ctx.params.user_id, 'user_id');
	requireGroup(chat);
	requireChatAdmin(ctx, chat, what);
	requireActive(chat);
	if (!chat.member_ids.includes(userId)) throw notFound('user_id', userId, 'Chat member');
	if (userId === chat.owner_id) throw apiError(422, 'user_id', "The chat's creator cannot be changed or removed", 'not_applicable', userId);
	return { chat, userId };
}

function removeMember(ctx: Ctx) {
	const { chat, userId } = otherMember(ctx, 'remove members');
	changeMembers(ctx, chat, () => (chat.member_ids = chat.member_ids.filter((id) => id !== userId)));
	ctx.state.chatRoles.get(chat.id)?.delete(userId);
	return noContent();
}

function updateRole(ctx: Ctx) {
	const body = isObject(ctx.body) ? ctx.body : {};
	if (body.role === undefined) throw apiError(400, 'role', 'Required parameter is missing', 'required');
	const role = oneOf(body.role, ROLES, 'role');
	const { chat, userId } = otherMember(ctx, 'change roles');
	if (userId === ctx.user.id) throw apiError(422, 'user_id', 'You cannot change your own role', 'not_applicable', userId);
	if (role === 'editor' && !chat.channel) throw apiError(422, 'role', 'The editor role exists only in channels', 'inclusion', role);
	if (!ctx.state.chatRoles.has(chat.id)) ctx.state.chatRoles.set(chat.id, new Map());
	ctx.state.chatRoles.get(chat.id)!.set(userId, role);
	return noContent();
}

/** The tag's members join the chat with it. */
function addTags(ctx: Ctx) {
	const chat = groupChat(ctx, ctx.params.id);
	const body = isObject(ctx.body) ? ctx.body : {};
	const tagIds = idArray(ctx, body, 'group_tag_ids', 'tag', true);
	requireGroup(chat);
	requireActive(chat);
	if (!chat.public && !ctx.state.isMember(ctx.user.id, chat)) {
		throw apiError(403, 'id', 'You are not a member of this chat', 'forbidden', chat.id);
	}
	changeMembers(ctx, chat, () => {
		for (const tagId of tagIds) {
			if (!chat.group_tag_ids.includes(tagId)) chat.group_tag_ids.push(tagId);
			join(chat, ctx.state.groupTags.get(tagId)!.user_ids);
		}
	});
	return noContent();
}

/** The tag leaves the chat; so do its members who are not in it on their own or through another tag. */
function removeTag(ctx: Ctx) {
	const chat = groupChat(ctx, ctx.params.id);
	const tagId = parseId(ctx.params.tag_id, 'tag_id');
	requireGroup(chat);
	requireChatAdmin(ctx, chat, 'remove group tags');
	requireActive(chat);
	if (!chat.group_tag_ids.includes(tagId)) throw notFound('tag_id', tagId, 'Group tag');
	chat.group_tag_ids = chat.group_tag_ids.filter((id) => id !== tagId);
	const kept = new Set(chat.group_tag_ids.flatMap((id) => ctx.state.groupTags.get(id)?.user_ids ?? []));
	const leaving = (ctx.state.groupTags.get(tagId)?.user_ids ?? []).filter((id) => !kept.has(id) && id !== chat.owner_id);
	changeMembers(ctx, chat, () => (chat.member_ids = chat.member_ids.filter((id) => !leaving.includes(id))));
	return noContent();
}

export const chatMemberRoutes: Route[] = [
	{ method: 'GET', path: '/chats/:id/members', scope: 'chat_members:read', bucket: 'other', handler: listMembers },
	{ method: 'POST', path: '/chats/:id/members', scope: 'chat_members:write', bucket: 'other', handler: addMembers },
	{ method: 'DELETE', path: '/chats/:id/members/:user_id', scope: 'chat_members:write', bucket: 'other', handler: removeMember },
	{ method: 'PUT', path: '/chats/:id/members/:user_id', scope: 'chat_members:write', bucket: 'other', handler: updateRole },
	{ method: 'POST', path: '/chats/:id/group_tags', scope: 'chat_members:write', bucket: 'other', handler: addTags },
	{ method: 'DELETE', path: '/chats/:id/group_tags/:tag_id', scope: 'chat_members:write', bucket: 'other', handler: removeTag },
];
