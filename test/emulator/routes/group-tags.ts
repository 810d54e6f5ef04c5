// GET/POST /group_tags, GET/PUT/DELETE /group_tags/{id}, GET /group_tags/{id}/users. Tag names are
// unique in the workspace (GroupTag: name at most 255 characters); users_count is counted, not stored.
import { data, noContent, type Ctx, type Route } from '../context';
import { cursorOnly, pageParams, paginate } from '../pagination';
import type { GroupTag } from '../types';
import { apiError, notFound, optString, parseId, wrapper } from '../validation';

const tagResponse = (tag: GroupTag) => ({ id: tag.id, name: tag.name, users_count: tag.user_ids.length });

function tagOf(ctx: Ctx): GroupTag {
	const id = parseId(ctx.params.id);
	const tag = ctx.state.groupTags.get(id);
	if (!tag) throw notFound('id', id, 'Group tag');
	return tag;
}

/** GroupTagRequest: `{ group_tag: { name } }`, name required, not blank, unique. */
function tagName(ctx: Ctx, selfId?: number): string {
	const request = wrapper(ctx.body, 'group_tag');
	const name = optString(request, 'name', 255);
	if (name === undefined) throw apiError(400, 'name', 'Required parameter is missing', 'required');
	if (name.trim() === '') throw apiError(422, 'name', "Can't be blank", 'blank', name);
	const taken = [...ctx.state.groupTags.values()].some((t) => t.id !== selfId && t.name === name);
	if (taken) throw apiError(422, 'name', 'Name has already been taken', 'taken', name);
	return name;
}

function listTags(ctx: Ctx) {
	const p = pageParams(cursorOnly(ctx.query), 'group_tags', ['id'], { sort: 'id', order: 'asc' });
	const tags = [...ctx.state.groupTags.values()].sort((a, b) => a.id - b.id);
	const last = ctx.state.lastId('tag');
	const page = paginate(tags, (t) => [t.id, t.id], p, [last, last], ctx.state.paginationQuirk);
	return { status: 200, body: { data: page.data.map(tagResponse), meta: page.meta } };
}

function tagUsers(ctx: Ctx) {
	const tag = tagOf(ctx);
	const p = pageParams(cursorOnly(ctx.query), `group_tags:${tag.id}:users`, ['id'], { sort: 'id', order: 'asc' });
	const users = tag.user_ids.flatMap((id) => ctx.state.users.get(id) ?? []).sort((a, b) => a.id - b.id);
	const last = ctx.state.lastId('user');
	const page = paginate(users, (u) => [u.id, u.id], p, [last, last], ctx.state.paginationQuirk);
	return { status: 200, body: { data: page.data, meta: page.meta } };
}

function createTag(ctx: Ctx) {
	const tag = ctx.state.addGroupTag(tagName(ctx), []);
	return data(tagResponse(tag), 201);
}

function updateTag(ctx: Ctx) {
	const tag = tagOf(ctx);
	tag.name = tagName(ctx, tag.id);
	return data(tagResponse(tag));
}

/** The tag goes from everyone who had it and from every chat it was added to. */
function deleteTag(ctx: Ctx) {
	const tag = tagOf(ctx);
	ctx.state.groupTags.delete(tag.id);
	for (const chat of ctx.state.chats.values()) chat.group_tag_ids = chat.group_tag_ids.filter((id) => id !== tag.id);
	return noContent();
}

export const groupTagRoutes: Route[] = [
	{ method: 'GET', path: '/group_tags', scope: 'group_tags:read', bucket: 'other', handler: listTags },
	{ method: 'POST', path: '/group_tags', scope: 'group_tags:write', bucket: 'other', handler: createTag },
	{ method: 'GET', path: '/group_tags/:id', scope: 'group_tags:read', bucket: 'other', handler: (ctx) => data(tagResponse(tagOf(ctx))) },
	{ method: 'PUT', path: '/group_tags/:id', scope: 'group_tags:write', bucket: 'other', handler: updateTag },
	{ method: 'DELETE', path: '/group_tags/:id', scope: 'group_tags:write', bucket: 'other', handler: deleteTag },
	{ method: 'GET', path: '/group_tags/:id/users', scope: 'group_tags:read', bucket: 'other', handler: tagUsers },
];
