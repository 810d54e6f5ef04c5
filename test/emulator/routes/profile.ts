// /profile/status and /profile/avatar: the token owner's own (GET /profile is in chats.ts).
import type { Ctx, Route } from '../context';
import { deleteAvatar, deleteStatus, getStatus, putAvatar, putStatus } from './people';

export const profileRoutes: Route[] = [
	{ method: 'GET', path: '/profile/status', scope: 'profile_status:read', bucket: 'other', handler: (ctx: Ctx) => getStatus(ctx.user) },
	{ method: 'PUT', path: '/profile/status', scope: 'profile_status:write', bucket: 'other', handler: (ctx: Ctx) => putStatus(ctx, ctx.user) },
	{ method: 'DELETE', path: '/profile/status', scope: 'profile_status:write', bucket: 'other', handler: (ctx: Ctx) => deleteStatus(ctx.user) },
	{ method: 'PUT', path: '/profile/avatar', scope: 'profile_avatar:write', bucket: 'other', handler: (ctx: Ctx) => putAvatar(ctx, ctx.user) },
	{ method: 'DELETE', path: '/profile/avatar', scope: 'profile_avatar:write', bucket: 'other', handler: (ctx: Ctx) => deleteAvatar(ctx.user) },
];
