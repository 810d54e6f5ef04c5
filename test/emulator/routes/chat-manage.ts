// POST /chats, PUT /chats/{id}, PUT /chats/{id}/archive, PUT /chats/{id}/unarchive, DELETE /chats/{id}/leave.
import { changeMembers, groupChat, idArray, join, requireActive, requireChatAdmin, requireGroup } from '../chatRoles';
import { data, noContent, type Ctx, type Route } from '../context';
import { apiError, optBool, optString, wrapper } from '../validation';

const NAME_MAX = 255;

function requiredName(chat: Record<string, unknown>): string {
	const name = optString(chat, 'name', NAME_MAX);
	if (name === undefined) throw apiError(400, 'name', 'Required parameter is missing', 'required');
	if (name.trim() === '') throw apiError(422, 'name', "Can't be blank", 'blank', name);
	return name;
}

/** The creator joins the chat as its owner; a group tag's members join with it. */
function createChat(ctx: Ctx) {
	const body = wrapper(ctx.body, 'chat');
	const name = requiredName(body);
	const memberIds = idArray(ctx, body, 'member_ids', 'user', false);
	const tagIds = idArray(ctx, body, 'group_tag_ids', 'tag', false);
	const chat = ctx.state.addChat({
		name,
		ownerId: ctx.user.id,
		memberIds,
		channel: optBool(body, 'channel') ?? false,
		public: optBool(body, 'public') ?? false,
	});
	chat.group_tag_ids = tagIds;
	for (const tagId of tagIds) join(chat, ctx.state.groupTags.get(tagId)!.user_ids);
	return data(chat, 201);
}

function updateChat(ctx: Ctx) {
	const chat = groupChat(ctx, ctx.params.id);
	const body = wrapper(ctx.body, 'chat');
	const name = optString(body, 'name', NAME_MAX);
	if (name !== undefined && name.trim() === '') throw apiError(422, 'name', "Can't be blank", 'blank', name);
	const open = optBool(body, 'public');
	requireGroup(chat);
	requireChatAdmin(ctx, chat, 'change the chat');
	requireActive(chat);
	if (name !== undefined) chat.name = name;
	if (open !== undefined) chat.public = open;
	return data(chat);
}

function setArchived(archived: boolean) {
	return (ctx: Ctx) => {
		const chat = groupChat(ctx, ctx.params.id);
		requireGroup(chat);
		requireChatAdmin(ctx, chat, archived ? 'archive the chat' : 'unarchive the chat');
		chat.archived = archived;
		return noContent();
	};
}

/** The caller leaves the conversation or channel; a closed chat then disappears for it. */
function leaveChat(ctx: Ctx) {
	const chat = groupChat(ctx, ctx.params.id);
	requireGroup(chat);
	if (!chat.member_ids.includes(ctx.user.id)) throw apiError(422, 'id', 'You are not a member of this chat', 'not_applicable', chat.id);
	changeMembers(ctx, chat, () => (chat.member_ids = chat.member_ids.filter((id) => id !== ctx.user.id)));
	ctx.state.chatRoles.get(chat.id)?.delete(ctx.user.id);
	return noContent();
}

export const chatManageRoutes: Route[] = [
	{ method: 'POST', path: '/chats', scope: 'chats:create', bucket: 'other', handler: createChat },
	{ method: 'PUT', path: '/chats/:id', scope: 'chats:update', bucket: 'other', handler: updateChat },
	{ method: 'PUT', path: '/chats/:id/archive', scope: 'chats:archive', bucket: 'other', handler: setArchived(true) },
	{ method: 'PUT', path: '/chats/:id/unarchive', scope: 'chats:archive', bucket: 'other', handler: setArchived(false) },
	{ method: 'DELETE', path: '/chats/:id/leave', scope: 'chats:leave', bucket: 'other', handler: leaveChat },
];
