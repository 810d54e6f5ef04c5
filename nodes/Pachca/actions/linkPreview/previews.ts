import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';
import { describeValue } from '../../../shared/parameters';

/** One preview as the user gave it, before any check. */
export interface PreviewInput {
	url: unknown;
	title: unknown;
	description: unknown;
	imageUrl?: unknown;
	/** an uploaded file: { key, name, size? } */
	image?: unknown;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

function httpUrl(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	try {
		const { protocol } = new URL(value.trim());
		return protocol === 'http:' || protocol === 'https:' ? value.trim() : undefined;
	} catch {
		return undefined;
	}
}

function text(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The `link_previews` map of POST /messages/{id}/link_previews (LinkPreviewsRequest), every entry
 * checked first: an http(s) URL, a title and a description, an http(s) image URL or an uploaded
 * image with key and name. Errors name the parameter, the preview and its URL.
 */
export function buildLinkPreviews(read: ParameterReader, path: string, inputs: PreviewInput[]): IDataObject {
	const previews: IDataObject = {};
	inputs.forEach((input, i) => {
		const url = httpUrl(input.url);
		const where = `preview ${i + 1}${typeof input.url === 'string' && input.url !== '' ? ` (${input.url})` : ''}`;
		if (!url) throw read.fail(path, `${where}: URL: expected an http:// or https:// URL, got ${describeValue(input.url)}`);
		if (url in previews) throw read.fail(path, `${where}: this URL already has a preview`);
		const title = text(input.title);
		if (title === undefined) throw read.fail(path, `${where}: Title is empty`);
		const description = text(input.description);
		if (description === undefined) throw read.fail(path, `${where}: Description is empty`);
		const preview: IDataObject = { title, description };
		if (!isBlank(input.imageUrl)) {
			const imageUrl = httpUrl(input.imageUrl);
			if (!imageUrl) {
				throw read.fail(path, `${where}: Image URL: expected an http:// or https:// URL, got ${describeValue(input.imageUrl)}`);
			}
			preview.image_url = imageUrl;
		}
		if (!isBlank(input.image)) preview.image = uploadedImage(read, path, where, input.image);
		previews[url] = preview;
	});
	return previews;
}

function uploadedImage(read: ParameterReader, path: string, where: string, image: unknown): IDataObject {
	const value = image as IDataObject;
	if (typeof image !== 'object' || text(value.key) === undefined || text(value.name) === undefined) {
		throw read.fail(path, `${where}: Image: expected an uploaded file with key and name, got ${describeValue(image)}`);
	}
	const result: IDataObject = { key: String(value.key), name: String(value.name) };
	if (!isBlank(value.size)) {
		const size = Number(value.size);
		if (!Number.isSafeInteger(size) || size < 0) throw read.fail(path, `${where}: Image Size: expected a whole number of bytes, got ${describeValue(value.size)}`);
		result.size = size;
	}
	return result;
}

/** The previews typed in the editor's list. */
export function previewsFromList(read: ParameterReader): PreviewInput[] {
	const entries = read.raw('previews.preview', []);
	if (!Array.isArray(entries)) throw read.expected('previews', 'a list of previews', entries);
	return (entries as IDataObject[]).map((entry) => ({
		url: entry.url,
		title: entry.title,
		description: entry.description,
		imageUrl: entry.imageUrl,
		image: isBlank(entry.imageKey) ? undefined : { key: entry.imageKey, name: entry.imageName, size: entry.imageSize },
	}));
}

/**
 * Previews as JSON (text or an expression's value): the API's own map `{ "<url>": { title, … } }`
 * (also wrapped in `link_previews`), or a list `[{ url, title, description, image_url, image }]`.
 */
export function previewsFromJson(read: ParameterReader): PreviewInput[] {
	const value = read.json('previewsJson', '');
	if (Array.isArray(value)) {
		return (value as IDataObject[]).map((entry) => ({
			url: entry?.url,
			title: entry?.title,
			description: entry?.description,
			imageUrl: entry?.image_url,
			image: entry?.image,
		}));
	}
	if (typeof value !== 'object' || value === null) {
		throw read.expected('previewsJson', 'an object keyed by URL or a list of previews', value);
	}
	const map = ((value as IDataObject).link_previews ?? value) as IDataObject;
	return Object.entries(map).map(([url, entry]) => {
		const preview = (entry ?? {}) as IDataObject;
		return { url, title: preview.title, description: preview.description, imageUrl: preview.image_url, image: preview.image };
	});
}
