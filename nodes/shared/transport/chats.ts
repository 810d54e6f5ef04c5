import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

/**
 * Pachca counts message writes by chat_id. A send names its target (chat, thread or user), an edit or
 * delete only a message: this remembers, per token, which chat each message, thread and direct
 * conversation is, learned from what the API returns. Bounded: the oldest entries go first.
 */
export class ChatDirectory {
	private readonly chats = new Map<string, number>();

	constructor(private readonly maxEntries = 50_000) {}

	get size(): number {
		return this.chats.size;
	}

	get(token: string, kind: TargetKind, id: string | number): number | undefined {
		return this.chats.get(`${token}:${kind}:${id}`);
	}

	set(token: string, kind: TargetKind, id: unknown, chatId: unknown): void {
		if (!isId(id) || !isId(chatId)) return;
		const key = `${token}:${kind}:${id}`;
		this.chats.delete(key);
		this.chats.set(key, Number(chatId));
		if (this.chats.size > this.maxEntries) this.chats.delete(this.chats.keys().next().value as string);
	}

	/** Learns from an answer: messages (one or a page), threads; a direct message's user from the send body. */
	learn(token: string, method: IHttpRequestMethods, path: string, requestBody: unknown, responseBody: unknown): void {
		const data = (responseBody as IDataObject | undefined)?.data;
		const records = (Array.isArray(data) ? data : [data]) as IDataObject[];
		if (/^\/messages\/[^/]+\/thread$/.test(path) || /^\/threads\/[^/]+$/.test(path)) {
			const thread = records[0];
			if (!thread) return;
			this.set(token, 'thread', thread.id, thread.chat_id);
			this.set(token, 'message', thread.message_id, thread.message_chat_id);
			return;
		}
		if (!/^\/messages(\/[^/]+)?$/.test(path)) return;
		for (const message of records) {
			if (!message || typeof message !== 'object') continue;
			this.set(token, 'message', message.id, message.chat_id);
			if (message.entity_type === 'thread') this.set(token, 'thread', message.entity_id, message.chat_id);
		}
		const target = method === 'POST' ? sendTarget(requestBody) : undefined;
		if (target?.kind === 'user' && records.length === 1) this.set(token, 'user', target.id, records[0]?.chat_id);
	}
}

export type TargetKind = 'chat' | 'thread' | 'user' | 'message';

export interface Target {
	kind: TargetKind;
	id: string;
}

const isId = (value: unknown) => (typeof value === 'number' || typeof value === 'string') && /^\d+$/.test(String(value));

const KINDS: Record<string, TargetKind> = { discussion: 'chat', chat: 'chat', thread: 'thread', user: 'user' };

/** POST /messages body's `message.entity_type` / `entity_id` (type defaults to discussion, as in the API). */
function sendTarget(body: unknown): Target | undefined {
	const message = (body as IDataObject | undefined)?.message as IDataObject | undefined;
	if (!message || !isId(message.entity_id)) return undefined;
	const kind = KINDS[String(message.entity_type ?? 'discussion').toLowerCase()];
	return kind ? { kind, id: String(message.entity_id) } : undefined;
}

/**
 * Which chat-scoped thing a request writes to: the caller's `chatKey` ("discussion:5", "thread:7",
 * "user:9"), else the send body, else the message in the path (edit, delete, pin).
 */
export function writeTarget(path: string, body: unknown, chatKey?: string | number): Target | undefined {
	if (chatKey !== undefined && chatKey !== '') {
		const [type, id] = String(chatKey).split(':');
		const kind = KINDS[type?.toLowerCase()];
		if (kind && isId(id)) return { kind, id };
		if (isId(chatKey)) return { kind: 'chat', id: String(chatKey) };
	}
	if (path === '/messages') return sendTarget(body);
	const message = /^\/messages\/(\d+)(\/pin)?$/.exec(path);
	return message ? { kind: 'message', id: message[1] } : undefined;
}

/** The chat a target belongs to, when known. */
export function chatOf(directory: ChatDirectory, token: string, target: Target): number | undefined {
	return target.kind === 'chat' ? Number(target.id) : directory.get(token, target.kind, target.id);
}

export const chatDirectory = new ChatDirectory();
