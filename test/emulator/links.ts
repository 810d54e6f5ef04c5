// Message links, as Pachca's `url` fields give them (https://app.pachca.com/chats/<chat>?message=<id>),
// but on the emulator's own origin: the chat page of `npm start` opens them there (ui/api.ts), and the
// node's By URL modes accept them (the credential's Base URL host).

/** Pachca's web app, for payloads built without an emulator (the sample webhook bodies). */
export const PACHCA_APP_ORIGIN = 'https://app.pachca.com';

export const messageLink = (origin: string, chatId: number, messageId: number): string =>
	`${origin}/chats/${chatId}?message=${messageId}`;

/** The chat and message a message link names (`?message=` or `/messages/<id>`), or undefined. */
export function parseMessageLink(pathname: string, search: URLSearchParams): { chatId: number; messageId?: number } | undefined {
	const match = /^\/chats\/(\d+)(?:\/messages\/(\d+))?\/?$/.exec(pathname);
	if (!match) return undefined;
	const messageId = Number(match[2] ?? search.get('message') ?? NaN);
	return { chatId: Number(match[1]), messageId: Number.isSafeInteger(messageId) && messageId > 0 ? messageId : undefined };
}
