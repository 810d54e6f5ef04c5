import type { Chat, Message, PachcaEmulator } from '../emulator';
import { buildWebhookPayload } from '../emulator/payloads';
import { emulatorPerFile, requestsTo, runLinkPreview } from '../harness/fixtures/linkPreview';

let emu: PachcaEmulator;
let chat: Chat;
let message: Message;

const TASK = 'https://example.com/tasks/12';
const HIDDEN = 'https://example.com/tasks/13';
const DOC = 'https://docs.example.com/guide';

emulatorPerFile((started) => {
	emu = started;
	chat = emu.addChat({ name: 'Unfurl' });
});
beforeEach(() => {
	[message] = emu.addMessages(chat.id, 1, { content: `${TASK} ${HIDDEN} ${DOC}` });
});

/** The Pachca Trigger's output for a Link Shared event (payload + event_name), as the next node gets it. */
function linkSharedItem(links: Array<{ url: string; skip: boolean }>) {
	const payload = buildWebhookPayload('message.link_shared', {
		chat_id: chat.id,
		message_id: message.id,
		links: links.map(({ url, skip }) => ({ url, domain: new URL(url).hostname, skip })),
	});
	return { ...payload, event_name: 'message.link_shared' };
}

/** What a lookup of the user's own service added to the item: data per URL. */
const pages = {
	[TASK]: { title: 'Task 12', summary: 'Open, due Friday' },
	[HIDDEN]: { title: 'Task 13', summary: 'Secret' },
	[DOC]: { title: 'Guide', summary: 'How we work' },
};

const perLink = {
	source: 'linkShared',
	linkTitle: '={{ $json.pages[$link.url]?.title }}',
	linkDescription: '={{ $json.pages[$link.url].summary + " (" + $link.domain + ")" }}',
};

const posted = () => requestsTo(emu, 'POST', `/messages/${message.id}/link_previews`).map((r) => r.body);

describe('From a Link Shared event', () => {
	it('builds previews only for skip: false links, each field evaluated per link, Message ID and Links by default', async () => {
		const item = { ...linkSharedItem([{ url: TASK, skip: false }, { url: HIDDEN, skip: true }, { url: DOC, skip: false }]), pages };
		const result = await runLinkPreview(emu, perLink, [item]);
		expect(result.error).toBeUndefined();
		expect(posted()).toEqual([
			{
				link_previews: {
					[TASK]: { title: 'Task 12', description: 'Open, due Friday (example.com)' },
					[DOC]: { title: 'Guide', description: 'How we work (docs.example.com)' },
				},
			},
		]);
		expect(result.items[0].json).toEqual({ success: true, message_id: message.id, urls: [TASK, DOC], skipped: [HIDDEN] });
	});

	it('sends nothing when the author hid every link', async () => {
		const result = await runLinkPreview(emu, perLink, [{ ...linkSharedItem([{ url: HIDDEN, skip: true }]), pages }]);
		expect(emu.requests).toHaveLength(0);
		expect(result.items[0].json).toEqual({ success: true, message_id: message.id, urls: [], skipped: [HIDDEN] });
	});

	it('takes the event from another node with expressions (a lookup between trigger and this node)', async () => {
		const event = linkSharedItem([{ url: TASK, skip: false }]);
		await runLinkPreview(
			emu,
			{ ...perLink, linkMessageId: '={{ $json.event.message_id }}', links: '={{ $json.event.links }}', linkImageUrl: '={{ $link.url + "/cover.png" }}' },
			[{ event, pages }],
		);
		expect(posted()).toEqual([
			{ link_previews: { [TASK]: { title: 'Task 12', description: 'Open, due Friday (example.com)', image_url: `${TASK}/cover.png` } } },
		]);
	});

	it('a fixed text is the same for every link, and a URL with braces cannot break the expression', async () => {
		const odd = 'https://example.com/q?x=}}{{';
		[message] = emu.addMessages(chat.id, 1, { content: `${TASK} ${odd}` });
		await runLinkPreview(emu, { source: 'linkShared', linkTitle: '={{ "Page " + $link.url }}', linkDescription: 'Our tracker' }, [
			linkSharedItem([{ url: TASK, skip: false }, { url: odd, skip: false }]),
		]);
		expect(posted()).toEqual([
			{ link_previews: { [TASK]: { title: `Page ${TASK}`, description: 'Our tracker' }, [odd]: { title: `Page ${odd}`, description: 'Our tracker' } } },
		]);
	});

	it('a link the lookup found nothing for fails the item, naming its URL, unless Skip Links Without Title is on', async () => {
		const item = { ...linkSharedItem([{ url: TASK, skip: false }, { url: 'https://example.com/unknown', skip: false }]), pages };
		const failed = await runLinkPreview(emu, perLink, [item]);
		expect(failed.error?.message).toBe('Links: preview 2 (https://example.com/unknown): Title is empty (item 0)');
		expect(emu.requests).toHaveLength(0);

		const skipped = await runLinkPreview(emu, { ...perLink, options: { skipWithoutTitle: true } }, [item]);
		expect(posted()).toEqual([{ link_previews: { [TASK]: { title: 'Task 12', description: 'Open, due Friday (example.com)' } } }]);
		expect(skipped.items[0].json.skipped).toEqual(['https://example.com/unknown']);
	});

	it('Links typed as JSON text are read like Buttons and Previews typed as JSON', async () => {
		const typed = JSON.stringify([{ url: TASK, domain: 'example.com', skip: false }]);
		const result = await runLinkPreview(emu, { ...perLink, linkMessageId: message.id, links: typed }, [{ pages }]);

		expect(result.error).toBeUndefined();
		expect(posted()).toEqual([{ link_previews: { [TASK]: { title: 'Task 12', description: 'Open, due Friday (example.com)' } } }]);
	});

	it('Links typed as text that is not JSON is an error naming Links; nothing is sent', async () => {
		const result = await runLinkPreview(emu, { ...perLink, linkMessageId: message.id, links: '[{ url: ' }, [{ pages }]);

		expect(result.error?.message).toMatch(/^Links: expected valid JSON/);
		expect(emu.requests).toHaveLength(0);
	});

	it('an input item that is not a Link Shared event is a clear error', async () => {
		const result = await runLinkPreview(emu, perLink, [{ message_id: message.id, content: 'a new message' }]);
		expect(result.error?.message).toContain('Links: expected the links of a Link Shared event');
		expect(emu.requests).toHaveLength(0);
	});
});
