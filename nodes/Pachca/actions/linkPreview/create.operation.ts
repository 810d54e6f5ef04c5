import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { explainRefusal, NEEDS_UNFURL_BOT } from '../../../shared/hints';
import type { ParameterReader } from '../../../shared/parameters';
import type { ExecutionGate } from '../../../shared/transport';
import { pachcaApiRequest } from '../../../shared/transport';
import { LINK_PREVIEW_ROUTES } from './routes';
import { previewsFromLinkShared } from './linkShared';
import type { PreviewInput } from './previews';
import { buildLinkPreviews, previewsFromJson, previewsFromList } from './previews';
import { linkPreviewFields } from './create.descriptions';

export const description = updateDisplayOptions(
	{ show: { resource: ['linkPreview'], operation: ['create'] } },
	linkPreviewFields,
);

/** POST /messages/{id}/link_previews (Unfurl bots): all previews of one message in one request. */
export async function execute(
	this: IExecuteFunctions,
	index: number,
	read: ParameterReader,
	gate: ExecutionGate,
): Promise<INodeExecutionData[]> {
	const source = read.choice<'list' | 'json' | 'linkShared'>('source', 'list');
	let messageId: number;
	let inputs: PreviewInput[];
	let skipped: string[] = [];
	if (source === 'linkShared') {
		messageId = read.id('linkMessageId');
		({ previews: inputs, skipped } = previewsFromLinkShared(this, index, read));
	} else {
		messageId = read.locatorId('messageId', 'message');
		inputs = source === 'json' ? previewsFromJson(read) : previewsFromList(read);
	}
	const path = { list: 'previews', json: 'previewsJson', linkShared: 'links' }[source];
	const linkPreviews = buildLinkPreviews(read, path, inputs);
	const urls = Object.keys(linkPreviews);
	if (urls.length === 0 && source !== 'linkShared') throw read.fail(path, 'no previews to create');
	// Every link hidden by its author (or without data): nothing to send.
	if (urls.length > 0) {
		try {
			await pachcaApiRequest.call(this, LINK_PREVIEW_ROUTES.create, {
				params: { id: messageId },
				body: { link_previews: linkPreviews },
				itemIndex: index,
				gate,
			});
		} catch (error) {
			throw await explainRefusal(this, error, { itemIndex: index, gate }, NEEDS_UNFURL_BOT);
		}
	}
	return [{ json: { success: true, message_id: messageId, urls, skipped }, pairedItem: { item: index } }];
}
