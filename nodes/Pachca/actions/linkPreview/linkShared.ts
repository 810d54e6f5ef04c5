import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import type { PreviewInput } from './previews';

const LINK_VARIABLE = /\$link\b/;

/**
 * A per-link field: an expression that mentions `$link` is evaluated once per link, against the
 * input item as usual, with `$link` standing for that link ({ url, domain, skip }). Anything else is
 * the same for every link.
 */
function valueForLink(
	ctx: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	name: string,
	link: IDataObject,
): unknown {
	const raw = ctx.getNode().parameters[name];
	if (typeof raw !== 'string' || !raw.startsWith('=') || !LINK_VARIABLE.test(raw)) return read.raw(name, '');
	// The link goes in as a string literal with its braces escaped, so a URL cannot close the {{ }}.
	const literal = JSON.stringify(JSON.stringify(link)).replace(/[{}]/g, (c) => (c === '{' ? '\\u007b' : '\\u007d'));
	return ctx.evaluateExpression(raw.slice(1).replace(/\$link\b/g, `JSON.parse(${literal})`), index);
}

export interface LinkSharedPreviews {
	previews: PreviewInput[];
	/** links left out: hidden by the author (`skip: true`) or, if asked, with an empty title */
	skipped: string[];
}

/** Previews for the `links` of a Link Shared event: only `skip: false` links, fields evaluated per link. */
export function previewsFromLinkShared(ctx: IExecuteFunctions, index: number, read: ParameterReader): LinkSharedPreviews {
	const links = read.json('links', []);
	if (!Array.isArray(links)) {
		throw read.expected('links', "the links of a Link Shared event (e.g. {{ $json.links }})", links);
	}
	const skipEmpty = read.boolean('options.skipWithoutTitle', false);
	const result: LinkSharedPreviews = { previews: [], skipped: [] };
	links.forEach((entry: unknown, i) => {
		const link = entry as IDataObject;
		if (typeof entry !== 'object' || entry === null || typeof link.url !== 'string') {
			throw read.fail('links', `link ${i + 1}: expected an object with a url, got ${JSON.stringify(entry)}`);
		}
		// The author hid the preview of this link: the bot must not create one (WebhookLink.skip).
		if (link.skip === true) {
			result.skipped.push(link.url);
			return;
		}
		const title = valueForLink(ctx, index, read, 'linkTitle', link);
		if (skipEmpty && (title === undefined || title === null || String(title).trim() === '')) {
			result.skipped.push(link.url);
			return;
		}
		result.previews.push({
			url: link.url,
			title,
			description: valueForLink(ctx, index, read, 'linkDescription', link),
			imageUrl: valueForLink(ctx, index, read, 'linkImageUrl', link),
		});
	});
	return result;
}
