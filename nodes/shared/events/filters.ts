import { ALL_EVENTS, eventNameOf } from './events';

export interface EventFilters {
	/** selected event names, or `*` */
	events: string[];
	/** empty: any chat */
	chatIds: number[];
	/** lower-case commands with their leading `/`; empty: any new message */
	commands: string[];
	/** events whose `user_id` is one of these are dropped */
	ignoreUserIds: number[];
}

function splitList(text: string): string[] {
	return text.split(/[\s,]+/).filter((entry) => entry !== '');
}

/** "/task, help" → ['/task', '/help'] (a missing slash is added; compared case-insensitively). */
export function parseCommands(text: string): string[] {
	return splitList(text).map((entry) => (entry.startsWith('/') ? entry : `/${entry}`).toLowerCase());
}

/** The first word of the text, as Pachca decides commands (guides-webhook-events.mdx). */
function firstWord(content: unknown): string {
	return typeof content === 'string' ? (content.trim().split(/\s+/)[0] ?? '').toLowerCase() : '';
}

function inChats(payload: Record<string, unknown>, chatIds: number[]): boolean {
	const chatId = payload.chat_id;
	// Events outside any chat (company members, old forms with chat_id null) are not chat-scoped.
	if (chatId === undefined || chatId === null) return true;
	if (chatIds.includes(Number(chatId))) return true;
	// A message in a thread also belongs to the chat the thread was started in.
	const thread = payload.thread as { message_chat_id?: unknown } | null | undefined;
	return thread?.message_chat_id !== undefined && chatIds.includes(Number(thread.message_chat_id));
}

/** Whether an event the user subscribed to passes the optional filters. */
export function passesFilters(payload: Record<string, unknown>, filters: EventFilters): boolean {
	const name = eventNameOf(payload);
	if (!filters.events.includes(ALL_EVENTS) && !filters.events.includes(name)) return false;
	if (filters.chatIds.length > 0 && !inChats(payload, filters.chatIds)) return false;
	if (filters.ignoreUserIds.length > 0 && filters.ignoreUserIds.includes(Number(payload.user_id))) return false;
	if (name === 'message.new' && filters.commands.length > 0) {
		return filters.commands.includes(firstWord(payload.content));
	}
	return true;
}
