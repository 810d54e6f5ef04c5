// Roles in a chat (guides-permissions.mdx): the owner is the Creator; a member keeps the role it joined
// with (company admins → admin, a bot in a channel → editor, others → member) until PUT .../members/{id}.
import type { Ctx } from './context';
import type { EmulatorState } from './state';
import type { Chat } from './types';
import { apiError, notFound } from './validation';

export type RoleInChat = 'owner' | 'admin' | 'editor' | 'member';

export function roleInChat(state: EmulatorState, chat: Chat, userId: number): RoleInChat | undefined {
	if (!chat.member_ids.includes(userId)) return undefined;
	if (chat.owner_id === userId) return 'owner';
	const set = state.chatRoles.get(chat.id)?.get(userId);
	if (set) return set;
	const user = state.users.get(userId);
	if (user?.role === 'admin') return 'admin';
	return user?.bot && chat.channel ? 'editor' : 'member';
}

/** A group chat or channel (not a direct chat) that the caller may see; else 404. */
export function groupChat(ctx: Ctx, raw: string | undefined): Chat {
	const id = /^\d{1,15}$/.test(raw ?? '') ? Number(raw) : NaN;
	if (Number.isNaN(id)) throw apiError(400, 'id', 'Must be an integer', 'invalid', raw);
	const chat = ctx.state.chats.get(id);
	if (!chat || !ctx.state.canRead(ctx.user.id, chat)) throw notFound('id', id, 'Chat');
	return chat;
}

/** The caller is the chat's Creator or an Admin of it (settings, archive, roles, removing members). */
export function requireChatAdmin(ctx: Ctx, chat: Chat, action: string): void {
	const role = roleInChat(ctx.state, chat, ctx.user.id);
	if (role !== 'owner' && role !== 'admin') {
		throw apiError(403, 'id', `Only the chat's creator or an admin may ${action}`, 'forbidden', chat.id);
	}
}

/** Archived chats take no settings or member changes (only unarchiving). */
export function requireActive(chat: Chat): void {
	if (chat.archived) throw apiError(422, 'id', 'Chat is archived', 'not_applicable', chat.id);
}

/** Direct chats have no settings, roles or member changes. */
export function requireGroup(chat: Chat): void {
	if (chat.personal) throw apiError(422, 'id', 'Not available for direct chats', 'not_applicable', chat.id);
}

/** `member_ids` / `group_tag_ids` of a body: an array of int32 IDs; unknown ones are 404. */
export function idArray(ctx: Ctx, obj: Record<string, unknown>, key: string, kind: 'user' | 'tag', required: boolean): number[] {
	const raw = obj[key];
	if (raw === undefined || raw === null) {
		if (required) throw apiError(400, key, 'Required parameter is missing', 'required');
		return [];
	}
	if (!Array.isArray(raw) || raw.some((v) => typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 2 ** 31 - 1)) {
		throw apiError(400, key, 'Must be an array of integers', 'invalid', raw);
	}
	if (required && raw.length === 0) throw apiError(422, key, "Can't be blank", 'blank', raw);
	for (const id of raw as number[]) {
		const known = kind === 'user' ? ctx.state.users.has(id) : ctx.state.groupTags.has(id);
		if (!known) throw notFound(key, id, kind === 'user' ? 'User' : 'Group tag');
	}
	return [...new Set(raw as number[])];
}

/** Adds users to a chat (members stay where they are). */
export function join(chat: Chat, userIds: number[]): void {
	for (const id of userIds) if (!chat.member_ids.includes(id)) chat.member_ids.push(id);
}

/** Runs a change of the chat's members, then sends chat_member.add / .remove for who joined and who left. */
export function changeMembers(ctx: Ctx, chat: Chat, change: () => void): void {
	const before = new Set(chat.member_ids);
	const botsBefore = ctx.state.botsInChat(chat).map((bot) => bot.id);
	change();
	const after = new Set(chat.member_ids);
	ctx.hooks.onMembers(chat, 'add', [...after].filter((id) => !before.has(id)));
	ctx.hooks.onMembers(chat, 'remove', [...before].filter((id) => !after.has(id)), botsBefore);
}
