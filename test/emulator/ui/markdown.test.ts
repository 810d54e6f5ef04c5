// The chat page shows message text as Pachca does (reference: pachca-docs guides-markdown): the
// constructs it formats, the ones it leaves as typed, and nothing a message could inject.
import { pachcaMarkdown } from './markdown';

const render = pachcaMarkdown(new Map([['olga', 13], ['emulator_bot', 9001]]));

describe('chat page markdown', () => {
	it('formats bold, italic, strikethrough, inline code and links (both bold and italic spellings)', () => {
		expect(render('**b1** __b2__ *i1* _i2_ ~~gone~~ `x = 1` [docs](https://pachca.com/docs)')).toBe(
			'<p><strong>b1</strong> <strong>b2</strong> <em>i1</em> <em>i2</em> <s>gone</s> <code>x = 1</code> ' +
				'<a href="https://pachca.com/docs" target="_blank" rel="noopener noreferrer">docs</a></p>\n',
		);
	});

	it('makes a fenced block with a language a code block, and keeps line breaks of plain text', () => {
		expect(render('```json\n{ "key": "value" }\n```')).toBe('<pre><code class="language-json">{ &quot;key&quot;: &quot;value&quot; }\n</code></pre>\n');
		expect(render('line 1\nline 2')).toBe('<p>line 1<br>\nline 2</p>\n');
	});

	it('leaves lists, quotes, headings and indented text as typed, as Pachca does', () => {
		expect(render('- one\n1. two\n> quote\n# title')).toBe('<p>- one<br>\n1. two<br>\n&gt; quote<br>\n# title</p>\n');
		expect(render('    indented')).toBe('<p>indented</p>\n');
	});

	it('marks @mentions of known users only, not e-mail addresses or unknown names', () => {
		expect(render('@olga, ask @nobody or mail olga@example.com; @emulator_bot.')).toBe(
			'<p><span class="mention" data-user-id="13">@olga</span>, ask @nobody or mail ' +
				'<a href="mailto:olga@example.com" target="_blank" rel="noopener noreferrer">olga@example.com</a>; ' +
				'<span class="mention" data-user-id="9001">@emulator_bot</span>.</p>\n',
		);
	});

	it('escapes HTML in the text and refuses javascript: links', () => {
		const html = render('<img src=x onerror=alert(1)> [click](javascript:alert(1)) <script>x</script>');
		expect(html).not.toMatch(/<img|<script|href="javascript/);
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});
});
