// GET /group_tags/{id}/users: the members of a group tag (Send and Wait's approvers by tag).
import { type Ctx, type Route } from '../context';
import { pageParams, paginate, type SortKey } from '../pagination';
import type { User } from '../types';
import { notFound, parseId } from '../validation';

/** The tag's users by id, in pages of at most 50 (the spec's limit). */
function listTagUsers(ctx: Ctx) {
	const id = parseId(ctx.params.id);
	const tag = ctx.state.groupTags.get(id);
	if (!tag) throw notFound('id', id, 'GroupTag');
	const p = pageParams(ctx.query, `tag-users:${tag.id}`, ['id'], { sort: 'id', order: 'asc' });
	const keyOf = (u: User): SortKey => [u.id, u.id];
	const items = [...tag.user_ids]
		.sort((a, b) => a - b)
		.map((userId) => ctx.state.users.get(userId))
		.filter((u): u is User => u !== undefined);
	const last = ctx.state.lastId('user');
	return { status: 200, body: paginate(items, keyOf, p, [last, last], ctx.state.paginationQuirk) };
}

export const groupTagRoutes: Route[] = [
	{ method: 'GET', path: '/group_tags/:id/users', scope: 'group_tags:read', bucket: 'other', handler: listTagUsers },
];
