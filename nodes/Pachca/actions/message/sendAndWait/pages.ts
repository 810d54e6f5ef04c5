/** The small HTML pages the person's browser gets from the resume link. */
import type { ParameterReader } from '../../../../shared/parameters';
import { DEFAULT_LABELS } from './labels';

/** The text field of the answer form. */
export const RESPONSE_FIELD = 'response';

const escapeHtml = (text: string): string =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function page(title: string, body: string): string {
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1f2329; margin: 0; }
main { max-width: 480px; margin: 12vh auto; background: #fff; border-radius: 12px; padding: 28px 32px; box-shadow: 0 2px 12px rgba(0,0,0,.08); }
h1 { font-size: 1.3rem; margin: 0 0 12px; }
p { line-height: 1.5; white-space: pre-wrap; }
textarea { width: 100%; box-sizing: border-box; min-height: 120px; font: inherit; padding: 8px; }
button { margin-top: 12px; padding: 8px 20px; font: inherit; border: 0; border-radius: 6px; background: #1f75fe; color: #fff; cursor: pointer; }
.error { color: #c62828; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export const recordedPage = (): string =>
	page('Answer recorded', '<h1>Your answer was recorded</h1><p>Thank you. You can close this page.</p>');

export const stalePage = (): string =>
	page(
		'Already answered',
		'<h1>This request is closed</h1><p>It has already been answered, so nothing was changed. You can close this page.</p>',
	);

export const closedQuestionPage = (): string =>
	page(
		'Question closed',
		'<h1>This question is closed</h1><p>This link does not belong to the question the workflow is waiting on now (it was asked again, or the link was changed), so nothing was recorded. Use the buttons of the latest message.</p>',
	);

export const invalidLinkPage = (): string =>
	page('Invalid link', '<h1>This link is not valid</h1><p>Use the button in the Pachca message.</p>');

export interface FormText {
	title: string;
	description: string;
	buttonLabel: string;
	/** shown above the field after an empty answer */
	error?: string;
}

/** The answer form; it posts back to the address it was opened from, signature included. */
export function formPage(text: FormText): string {
	const title = text.title === '' ? 'Your answer' : text.title;
	const error = text.error ? `<p class="error">${escapeHtml(text.error)}</p>` : '';
	return page(
		title,
		`<h1>${escapeHtml(title)}</h1>` +
			(text.description === '' ? '' : `<p>${escapeHtml(text.description)}</p>`) +
			`<form method="post">${error}<textarea name="${RESPONSE_FIELD}" required aria-label="Answer"></textarea>` +
			`<button type="submit">${escapeHtml(text.buttonLabel)}</button></form>`,
	);
}

/** The answer form's texts; also read before sending, so a bad one fails there and not on the click. */
export function formText(read: ParameterReader, questionPath: 'content' | 'message'): FormText {
	return {
		title: read.text('options.responseFormTitle', {}, ''),
		description: read.text('options.responseFormDescription', {}, '') || read.text(questionPath, {}, ''),
		buttonLabel: read.text('options.responseFormButtonLabel', {}, '') || DEFAULT_LABELS.submit,
	};
}
