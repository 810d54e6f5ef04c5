import { parsePositiveId } from './ids';

/**
 * Pachca links, as the app's "Copy link" and webhook `url` fields give them:
 *   chat:    https://app.pachca.com/chats/124511
 *   message: https://app.pachca.com/chats/124511?message=56431
 *            https://app.pachca.com/chats/124511/messages/56431
 * The regex sources are shared with the resource locators' UI validation, so the editor and the
 * node accept exactly the same links.
 */
export const LINK_REGEX = {
	chat: '^https?://[^/?#]+/chats/(\\d+)(?:[/?#].*)?$',
	message: '^https?://[^/?#]+/chats/\\d+(?:/messages/(\\d+)(?:[?#].*)?|\\?(?:[^#]*&)?message=(\\d+)(?:[&#].*)?)$',
} as const;

export type LinkKind = keyof typeof LINK_REGEX;

/** Pachca's own hosts; an on-premise Pachca adds its host through the credential's Base URL. */
const PACHCA_HOST = /^(?:[a-z0-9-]+\.)*pachca\.com$/i;

/** The hosts a link may point at: Pachca's own, plus the host of the credential's Base URL. */
export function linkHostAllowed(host: string, baseUrl: string | undefined): boolean {
	if (PACHCA_HOST.test(host)) return true;
	try {
		return baseUrl !== undefined && new URL(baseUrl).hostname.toLowerCase() === host.toLowerCase();
	} catch {
		return false; // no usable Base URL: only Pachca's own hosts
	}
}

export type LinkParse = { id: number } | { error: 'format' | 'host' | 'id' };

/** The chat or message ID in a Pachca link, with the same ID rule as a typed ID. */
export function parseLink(kind: LinkKind, value: string, baseUrl: string | undefined): LinkParse {
	const text = value.trim();
	const match = new RegExp(LINK_REGEX[kind], 'i').exec(text);
	if (!match) return { error: 'format' };
	if (!linkHostAllowed(new URL(text).hostname, baseUrl)) return { error: 'host' };
	const id = parsePositiveId(match[1] ?? match[2]);
	return id === undefined ? { error: 'id' } : { id };
}
