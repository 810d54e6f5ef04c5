// Message text as Pachca shows it (guides-markdown: bold, italic, strikethrough, links, inline code and
// fenced code blocks; lists, quotes, headings and tables stay plain text), plus @mentions of known
// users. markdown-it with raw HTML off escapes every tag in the text and refuses javascript: links.
import MarkdownIt from 'markdown-it';

type StateInline = MarkdownIt.StateInline;

const NICKNAME = /^@([A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_]|[A-Za-z0-9_])/;

/** `@nickname` of a known user (at a word start) becomes a mention token; anything else stays text. */
function mentions(users: ReadonlyMap<string, number>) {
	return (state: StateInline, silent: boolean): boolean => {
		if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
		if (state.pos > 0 && /[\p{L}\p{N}_]/u.test(state.src[state.pos - 1])) return false;
		const match = NICKNAME.exec(state.src.slice(state.pos));
		const userId = match ? users.get(match[1].toLowerCase()) : undefined;
		if (!match || userId === undefined) return false;
		if (!silent) {
			const token = state.push('mention', '', 0);
			token.content = match[0];
			token.meta = { userId };
		}
		state.pos += match[0].length;
		return true;
	};
}

/** A renderer for one emulator: `users` maps lower-case nicknames to user IDs. */
export function pachcaMarkdown(users: ReadonlyMap<string, number>): (content: string) => string {
	const md = new MarkdownIt({ html: false, linkify: true, breaks: true })
		// What Pachca leaves as typed; indented code is not one of its constructs either.
		.disable(['list', 'blockquote', 'heading', 'lheading', 'table', 'hr', 'code']);
	md.inline.ruler.after('emphasis', 'mention', mentions(users));
	md.renderer.rules.mention = (tokens, i) =>
		`<span class="mention" data-user-id="${Number((tokens[i].meta as { userId: number }).userId)}">${md.utils.escapeHtml(tokens[i].content)}</span>`;
	md.renderer.rules.link_open = (tokens, i, options, _env, self) => {
		tokens[i].attrSet('target', '_blank');
		tokens[i].attrSet('rel', 'noopener noreferrer');
		return self.renderToken(tokens, i, options);
	};
	return (content) => md.render(content);
}
