// A person's status and avatar, as both /users/{user_id}/… and /profile/… change them.
import type { Ctx, Reply } from '../context';
import { data, noContent } from '../context';
import { parseMultipart } from '../multipart';
import type { User, UserStatus } from '../types';
import { apiError, optBool, optString, wrapper } from '../validation';

/** StatusUpdateRequest limits from the spec. */
const STATUS_LIMITS = { title: 50, awayMessage: 1024 };

/** GET …/status: the status, or `null` without a wrapper when none is set (as the spec says). */
export function getStatus(person: User): Reply {
	return person.user_status === null ? { status: 200, body: null } : data(person.user_status);
}

/** PUT …/status: StatusUpdateRequest, checked as Pachca does (400 malformed, 422 too long). */
export function putStatus(ctx: Ctx, person: User): Reply {
	const input = wrapper(ctx.body, 'status');
	const emoji = optString(input, 'emoji');
	const title = optString(input, 'title', STATUS_LIMITS.title);
	if (emoji === undefined) throw apiError(400, 'emoji', 'Required parameter is missing', 'required');
	if (title === undefined) throw apiError(400, 'title', 'Required parameter is missing', 'required');
	if (emoji.trim() === '') throw apiError(422, 'emoji', "Can't be blank", 'blank', emoji);
	if (title.trim() === '') throw apiError(422, 'title', "Can't be blank", 'blank', title);
	const rawExpiry = optString(input, 'expires_at');
	if (rawExpiry !== undefined && Number.isNaN(Date.parse(rawExpiry))) {
		throw apiError(400, 'expires_at', 'Must be a date-time (YYYY-MM-DDThh:mm:ss.sssZ)', 'invalid', rawExpiry);
	}
	const awayMessage = optString(input, 'away_message', STATUS_LIMITS.awayMessage);
	const status: UserStatus = {
		emoji,
		title,
		expires_at: rawExpiry === undefined ? null : new Date(rawExpiry).toISOString(),
		is_away: optBool(input, 'is_away') ?? false,
		away_message: awayMessage === undefined || awayMessage === '' ? null : { text: awayMessage },
	};
	person.user_status = status;
	return data(status);
}

export function deleteStatus(person: User): Reply {
	person.user_status = null;
	return noContent();
}

let avatarSeq = 0;

/** PUT …/avatar: multipart/form-data with the image in `image`; answers AvatarData. */
export function putAvatar(ctx: Ctx, person: User): Reply {
	const parts = parseMultipart(ctx.contentType, ctx.raw);
	if (!parts) throw apiError(400, 'image', 'The body must be multipart/form-data', 'invalid');
	const image = parts.find((part) => part.name === 'image' && part.fileName !== undefined);
	if (!image || image.body.length === 0) throw apiError(400, 'image', 'Required parameter is missing', 'required');
	if (!(image.contentType ?? '').startsWith('image/')) {
		throw apiError(422, 'image', 'Must be an image', 'invalid', image.contentType ?? null);
	}
	const extension = /\.([a-z0-9]+)$/i.exec(image.fileName ?? '')?.[1] ?? 'png';
	person.image_url = `https://pachca-emulator.test/avatars/${person.id}/${++avatarSeq}.${extension.toLowerCase()}`;
	avatars.set(person.image_url, { bytes: Buffer.from(image.body), contentType: image.contentType!, fileName: image.fileName!, parts: parts.map((part) => part.name) });
	return data({ image_url: person.image_url });
}

/** The images received, by the image_url handed out (tests compare the bytes). */
export const avatars = new Map<string, { bytes: Buffer; contentType: string; fileName: string; parts: string[] }>();

export function deleteAvatar(person: User): Reply {
	person.image_url = null;
	return noContent();
}
