import { NodeApiError } from 'n8n-workflow';

import type { PachcaContext, RequestOptions } from './request';
import { pachcaApiExchange } from './request';
import type { Route } from './routes';
import { pathOf } from './routes';

/**
 * An endpoint that answers 302 with a temporary link to the file (a chat export archive): the link, not
 * followed here, so the token never goes to the storage host (the link's signature is the authorisation).
 */
export async function pachcaApiRedirect(this: PachcaContext, route: Route, options: RequestOptions = {}): Promise<string> {
	const response = await pachcaApiExchange.call(this, route, options, { followRedirect: false });
	const header = response.headers.location;
	const location = Array.isArray(header) ? header[0] : header;
	if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === 'string' && /^https?:\/\//i.test(location)) {
		return location;
	}
	const message = `Pachca ${route.method} ${pathOf(route, options.params)} answered ${response.statusCode} without a download link`;
	throw new NodeApiError(
		this.getNode(),
		{ message, httpCode: String(response.statusCode) },
		{ message, description: 'Pachca should answer with a redirect (302) to the file: retry later.', itemIndex: options.itemIndex },
	);
}
