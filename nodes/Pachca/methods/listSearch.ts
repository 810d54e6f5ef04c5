import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { MAX_PAGE_SIZE, pachcaApiRequest } from '../../shared/transport';

interface ChatPage {
	data?: IDataObject[];
	meta?: { paginate?: { next_page?: string; has_next?: boolean } };
}

/** Chats the token can see, filtered by name; one API page per call, n8n asks for more with the cursor. */
export async function searchChats(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const needle = filter?.trim().toLowerCase() ?? '';
	const page = (await pachcaApiRequest.call(this, 'GET', '/chats', {
		qs: { limit: MAX_PAGE_SIZE, ...(paginationToken ? { cursor: paginationToken } : {}) },
	})) as unknown as ChatPage;
	const results = (page.data ?? [])
		.filter((chat) => String(chat.name ?? '').toLowerCase().includes(needle))
		.map((chat) => ({
			name: String(chat.name ?? `Chat ${chat.id}`),
			value: String(chat.id),
			url: typeof chat.url === 'string' ? chat.url : undefined,
		}));
	const paginate = page.meta?.paginate;
	return { results, paginationToken: paginate?.has_next ? paginate.next_page : undefined };
}
