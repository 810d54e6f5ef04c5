/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling that runs n8n and a browser, not node code */
// The README's pictures are screenshots the browser checks take anyway: which ones, under which name
// in docs/, and a size limit that keeps the repository small.
import fs from 'node:fs';
import path from 'node:path';

/** Screenshot of the browser checks → picture in docs/. */
export const DOC_SHOTS: Record<string, string> = {
	'chat-page-formatting.png': 'chat-page.png',
	'chat-page-approval.png': 'chat-approval.png',
	'04-command-reply-in-thread-json.png': 'editor-command-workflow.png',
	'07-monitoring-alert-json--post-to-alerts.png': 'editor-alert-buttons.png',
	'25-agent-asks-before-posting-json.png': 'editor-agent-human-review.png',
};

const MAX_BYTES = 150_000;

/** Copies the README's pictures from `shots` to `docs`; returns "name (KB)" lines. Refuses a missing or large one. */
export function copyDocShots(shots: string, docs: string): string[] {
	fs.mkdirSync(docs, { recursive: true });
	return Object.entries(DOC_SHOTS).map(([shot, picture]) => {
		const from = path.join(shots, shot);
		if (!fs.existsSync(from)) throw new Error(`No screenshot ${shot} in ${shots}: did its browser check run?`);
		const bytes = fs.statSync(from).size;
		if (bytes > MAX_BYTES) throw new Error(`${shot} is ${Math.round(bytes / 1000)} KB, over ${MAX_BYTES / 1000} KB: too large for docs/`);
		fs.copyFileSync(from, path.join(docs, picture));
		return `${picture} (${Math.round(bytes / 1000)} KB)`;
	});
}
