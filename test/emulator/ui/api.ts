/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// The chat page's backend: /ui serves the page, /ui/api/* lets a person act as a Pachca user, and a
// message's link (/chats/<id>?message=<id>, its `url` field) opens the page at that message.
// Posting goes through the emulator's own REST API with the user's token, so the bot gets the same
// signed message.new webhook as from any other client; a click sends button.click to the message's bot,
// and a form the bot opened (POST /views/open) is shown to its user and submitted as view.submit.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { PachcaEmulator } from '../emulator';
import { parseMessageLink } from '../links';
import type { Message } from '../types';
import { pachcaMarkdown } from './markdown';
import type { Demo } from './seed';

const PAGE = path.join(__dirname, 'page.html');

interface ChatView {
	id: number;
	name: string;
	kind: 'channel' | 'chat' | 'direct';
	messages: Array<MessageView & { replies: MessageView[] }>;
}

interface MessageView {
	id: number;
	author: string;
	bot: boolean;
	content: string;
	/** `content` rendered as Pachca renders it (escaped, so the page can show it as HTML). */
	html: string;
	files: Array<{ name: string; url: string; type: string }>;
	buttons: Message['buttons'];
	at: string;
}

export function chatPageHandler(emu: PachcaEmulator, demo: Demo) {
	const state = () => {
		const render = pachcaMarkdown(new Map([...emu.state.users.values()].map((u) => [u.nickname.toLowerCase(), u.id])));
		const view = (m: Message): MessageView => {
			const u = emu.state.users.get(m.user_id);
			return {
				id: m.id, author: u ? [u.first_name, u.last_name].filter(Boolean).join(' ') || u.nickname : `#${m.user_id}`,
				bot: u?.bot ?? false, content: m.content, html: render(m.content),
				files: m.files.map((f) => ({ name: f.name, url: f.url, type: f.file_type })), buttons: m.buttons ?? [], at: m.created_at,
			};
		};
		const live = [...emu.state.messages.values()].filter((m) => !m.deleted_at);
		const chats: ChatView[] = [...emu.state.chats.values()]
			.filter((c) => !emu.state.threadByChatId(c.id))
			.map((c) => ({
				id: c.id,
				name: c.personal ? `Direct: ${c.member_ids.map((id) => emu.state.users.get(id)?.first_name ?? id).join(' ↔ ')}` : c.name,
				kind: c.personal ? 'direct' : c.channel ? 'channel' : 'chat',
				messages: live
					.filter((m) => m.chat_id === c.id)
					.map((m) => {
						const thread = [...emu.state.threads.values()].find((t) => t.message_id === m.id);
						const replies = thread ? live.filter((r) => r.chat_id === thread.chat_id).map(view) : [];
						return { ...view(m), replies };
					}),
			}));
		return { people: demo.people.map(({ id, name }) => ({ id, name })), chats, forms: emu.openForms() };
	};

	const send = async (body: { chatId: number; userId: number; content: string }) => {
		const person = demo.people.find((p) => p.id === Number(body.userId));
		if (!person) return { status: 400, body: { error: `No demo user ${body.userId}` } };
		const res = await fetch(`${emu.baseUrl}/messages`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${person.token}`, 'Content-Type': 'application/json' },
			body: JSON.stringify({ message: { entity_type: 'discussion', entity_id: Number(body.chatId), content: String(body.content) } }),
		});
		return { status: res.status, body: await res.json() };
	};

	const click = async (body: { messageId: number; userId: number; data: string }) => {
		const msg = emu.state.messages.get(Number(body.messageId));
		if (!msg || !emu.state.bots.has(msg.user_id)) return { status: 404, body: { error: 'No bot message with that ID' } };
		const result = await emu.clickButton(msg.id, Number(body.userId), String(body.data));
		return { status: 200, body: { delivered: result.status, attempts: result.attempts } };
	};

	/** A message link (a message's `url`) opens the page on its chat (a thread's: the chat it hangs in), at the message. */
	const openLink = (req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean => {
		const link = req.method === 'GET' ? parseMessageLink(url.pathname, url.searchParams) : undefined;
		if (!link) return false;
		let chatId = link.chatId;
		for (let thread = emu.state.threadByChatId(chatId); thread?.message_chat_id; thread = emu.state.threadByChatId(chatId)) {
			chatId = thread.message_chat_id;
		}
		const query = new URLSearchParams({ chat: String(chatId), ...(link.messageId ? { message: String(link.messageId) } : {}) });
		res.writeHead(302, { Location: `/ui?${query}` });
		res.end();
		return true;
	};

	// A form the bot opened for the user, submitted as that user: the bot's answer closes it or shows errors.
	const submit = async (body: { viewId: number; userId: number; data: Record<string, unknown> }) => {
		const form = emu.openForms(Number(body.userId)).find((v) => v.id === Number(body.viewId));
		if (!form) return { status: 404, body: { error: 'No open form with that ID for this user' } };
		const data = typeof body.data === 'object' && body.data !== null ? body.data : {};
		return { status: 200, body: await emu.submitForm(form.id, form.userId, data) };
	};

	return (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		if (openLink(req, res, url)) return true;
		if (url.pathname !== '/ui' && !url.pathname.startsWith('/ui/')) return false;
		const reply = (status: number, body: unknown, type = 'application/json; charset=utf-8') => {
			res.writeHead(status, { 'Content-Type': type });
			res.end(typeof body === 'string' ? body : JSON.stringify(body));
		};
		if (req.method === 'GET' && (url.pathname === '/ui' || url.pathname === '/ui/')) {
			reply(200, fs.readFileSync(PAGE, 'utf8'), 'text/html; charset=utf-8');
			return true;
		}
		if (req.method === 'GET' && url.pathname === '/ui/api/state') {
			reply(200, state());
			return true;
		}
		const action = { '/ui/api/send': send, '/ui/api/click': click, '/ui/api/submit': submit }[url.pathname];
		if (req.method !== 'POST' || !action) {
			reply(404, { error: 'Not found' });
			return true;
		}
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			let body: Record<string, unknown>;
			try {
				body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
			} catch {
				reply(400, { error: 'Body is not JSON' });
				return;
			}
			action(body as never).then(
				(out) => reply(out.status, out.body),
				(e: unknown) => reply(500, { error: e instanceof Error ? e.message : String(e) }),
			);
		});
		return true;
	};
}
