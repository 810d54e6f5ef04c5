import type { INodeParameters } from 'n8n-workflow';

import type { Chat, Message, PachcaEmulator } from '../emulator';
import { emulatorPerFile, requestsTo, rl, runLinkPreview } from '../harness/fixtures/linkPreview';

let emu: PachcaEmulator;
let chat: Chat;
let message: Message;

const TASK = 'https://example.com/tasks/12';
const DOC = 'https://docs.example.com/guide';
/** A file path from an upload (POST /direct_url), not a secret. */
const UPLOADED = ['attaches', 'files', '1', 'g.png'].join('/');

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Links' });
});
beforeEach(() => {
	[message] = emu.addMessages(chat.id, 1, { content: `See ${TASK} and ${DOC}` });
});

const posted = () => requestsTo(emu, 'POST', `/messages/${message.id}/link_previews`).map((r) => r.body);

describe('Create from the Preview List', () => {
	it('sends one request with every preview keyed by URL, images by URL or uploaded key', async () => {
		const result = await runLinkPreview(emu, {
			source: 'list',
			messageId: rl('id', message.id),
			previews: {
				preview: [
					{ url: TASK, title: 'Task 12', description: 'Open, due Friday', imageUrl: 'https://example.com/t.png' },
					{ url: DOC, title: 'Guide', description: 'How we work', imageKey: UPLOADED, imageName: 'g.png', imageSize: 2048 },
				],
			},
		});
		expect(result.error).toBeUndefined();
		expect(posted()).toEqual([
			{
				link_previews: {
					[TASK]: { title: 'Task 12', description: 'Open, due Friday', image_url: 'https://example.com/t.png' },
					[DOC]: { title: 'Guide', description: 'How we work', image: { key: UPLOADED, name: 'g.png', size: 2048 } },
				},
			},
		]);
		expect(Object.keys(emu.state.linkPreviews.get(message.id)!)).toEqual([TASK, DOC]);
		expect(result.items).toEqual([{ json: { success: true, message_id: message.id, urls: [TASK, DOC], skipped: [] }, pairedItem: { item: 0 } }]);
	});
});

describe('Create from JSON', () => {
	it('takes the API map as text and a list from an expression, and sends the same body', async () => {
		const map = { [TASK]: { title: 'Task 12', description: 'Open' } };
		await runLinkPreview(emu, { source: 'json', messageId: rl('id', message.id), previewsJson: JSON.stringify(map) });
		await runLinkPreview(
			emu,
			{ source: 'json', messageId: rl('id', message.id), previewsJson: '={{ $json.previews }}' },
			[{ previews: [{ url: TASK, title: 'Task 12', description: 'Open' }] }],
		);
		expect(posted()).toEqual([{ link_previews: map }, { link_previews: map }]);
	});
});

describe('Bad input names the parameter, the preview and its URL; nothing is sent', () => {
	const list = (preview: INodeParameters): INodeParameters => ({ source: 'list', messageId: rl('id', 1), previews: { preview: [{ url: TASK, title: 'T', description: 'D' }, preview] } });

	it.each([
		['no title', list({ url: DOC, description: 'D' }), `Previews: preview 2 (${DOC}): Title is empty (item 0)`],
		['no description', list({ url: DOC, title: 'T', description: ' ' }), `Previews: preview 2 (${DOC}): Description is empty (item 0)`],
		['a URL that is not http(s)', list({ url: 'javascript:alert(1)', title: 'T', description: 'D' }), 'Previews: preview 2 (javascript:alert(1)): URL: expected an http:// or https:// URL, got "javascript:alert(1)" (item 0)'],
		['an image URL that is not http(s)', list({ url: DOC, title: 'T', description: 'D', imageUrl: 'file:///etc/passwd' }), `Previews: preview 2 (${DOC}): Image URL: expected an http:// or https:// URL, got "file:///etc/passwd" (item 0)`],
		['an uploaded image without a name', list({ url: DOC, title: 'T', description: 'D', imageKey: UPLOADED }), `Previews: preview 2 (${DOC}): Image: expected an uploaded file with key and name`],
		['the same URL twice', list({ url: TASK, title: 'T', description: 'D' }), `Previews: preview 2 (${TASK}): this URL already has a preview (item 0)`],
		['no previews at all', { source: 'list', messageId: rl('id', 1), previews: {} }, 'Previews: no previews to create (item 0)'],
		['JSON that does not parse', { source: 'json', messageId: rl('id', 1), previewsJson: '{"a": ' }, 'Previews (JSON): expected valid JSON'],
		['a JSON preview without a title', { source: 'json', messageId: rl('id', 1), previewsJson: JSON.stringify({ [TASK]: { description: 'D' } }) }, `Previews (JSON): preview 1 (${TASK}): Title is empty (item 0)`],
		['a message link from elsewhere', { source: 'list', messageId: rl('url', 'https://evil.example/chats/1?message=2'), previews: {} }, 'Message: expected a link on a Pachca host'],
	])('%s', async (_case, parameters, message) => {
		const result = await runLinkPreview(emu, parameters);
		expect(result.error?.message).toContain(message);
		expect(emu.requests).toHaveLength(0);
	});

	it('Continue On Fail: the bad item becomes an error item, the good one is sent', async () => {
		const result = await runLinkPreview(
			emu,
			{ source: 'list', messageId: rl('id', message.id), previews: { preview: [{ url: TASK, title: '={{ $json.title }}', description: 'D' }] } },
			[{ title: '' }, { title: 'Task 12' }],
			{ continueOnFail: true },
		);
		expect(result.items.map((item) => item.json.error ?? item.json.success)).toEqual([`Previews: preview 1 (${TASK}): Title is empty (item 0)`, true]);
		expect(posted()).toEqual([{ link_previews: { [TASK]: { title: 'Task 12', description: 'D' } } }]);
	});
});

describe('Only an Unfurl bot may create previews: the hint fits the token', () => {
	const parameters = () => ({ source: 'list', messageId: rl('id', message.id), previews: { preview: [{ url: TASK, title: 'T', description: 'D' }] } });

	it('a bot that has link_previews:write but is not an Unfurl bot: no claim of a missing scope', async () => {
		const plain = emu.state.addBot({ name: 'Plain', nickname: `plain${emu.state.lastId('user') + 1}_bot` });
		plain.unfurlDomains = [];
		const token = emu.createToken({ bot: true, userId: plain.id, scopes: ['link_previews:write'] });
		const result = await runLinkPreview(emu, parameters(), [{}], { token });
		expect(result.error?.message).toContain('failed with 403');
		expect(result.error?.description).toContain('The token has "link_previews:write", so this bot is probably not an Unfurl bot');
		expect(result.error?.description).not.toContain('lacks');
	});

	it('a bot token without the scope is told to grant it', async () => {
		const token = emu.createToken({ bot: true, scopes: ['messages:read'] });
		const result = await runLinkPreview(emu, parameters(), [{}], { token });
		expect(result.error?.description).toContain('lacks the scope "link_previews:write"');
	});

	it("a message that is not there (404) points at the event's message_id", async () => {
		const result = await runLinkPreview(emu, { ...parameters(), messageId: rl('id', 999999) });
		expect(result.error?.message).toContain('failed with 404');
		expect(result.error?.description).toContain('use the message_id of the Link Shared event');
	});

	it('a user token is told to use the Unfurl bot token', async () => {
		const result = await runLinkPreview(emu, parameters(), [{}], { token: emu.userToken });
		expect(result.error?.description).toContain('the credential holds a user token');
	});
});
