import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Route } from '../../shared/transport';
import { MAX_PAGE_SIZE, pachcaApiRequest } from '../../shared/transport';
import { PICKER_ROUTES } from './routes';

interface Page {
	data?: IDataObject[];
	meta?: { paginate?: { next_page?: string; has_next?: boolean } };
}

/** One API page of a list method per call; n8n asks for the next with the cursor it was given. */
async function readPage(
	ctx: ILoadOptionsFunctions,
	route: Route,
	qs: IDataObject,
	paginationToken?: string,
): Promise<{ data: IDataObject[]; paginationToken?: string }> {
	const page = (await pachcaApiRequest.call(ctx, route, {
		qs: { ...qs, limit: MAX_PAGE_SIZE, ...(paginationToken ? { cursor: paginationToken } : {}) },
	})) as unknown as Page;
	const paginate = page.meta?.paginate;
	return { data: page.data ?? [], paginationToken: paginate?.has_next ? paginate.next_page : undefined };
}

/** One page of a list Pachca cannot filter by a part of the name: the entries whose name contains `filter`. */
async function pageByName(
	ctx: ILoadOptionsFunctions,
	route: Route,
	filter: string | undefined,
	paginationToken: string | undefined,
	toResult: (entry: IDataObject) => INodeListSearchResult['results'][number],
): Promise<INodeListSearchResult> {
	const needle = filter?.trim().toLowerCase() ?? '';
	const page = await readPage(ctx, route, {}, paginationToken);
	const results = page.data.filter((entry) => String(entry.name ?? '').toLowerCase().includes(needle)).map(toResult);
	return { results, paginationToken: page.paginationToken };
}

/** Chats the token can see, filtered by name. */
export async function searchChats(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await pageByName(this, PICKER_ROUTES.chats, filter, paginationToken, (chat) => ({
		name: String(chat.name ?? `Chat ${chat.id}`),
		value: String(chat.id),
		url: typeof chat.url === 'string' ? chat.url : undefined,
	}));
}

/** Bots this user token may edit; Pachca filters them by name itself (`query`). */
export async function searchBots(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const query = filter?.trim() ?? '';
	const page = await readPage(this, PICKER_ROUTES.bots, query === '' ? {} : { query }, paginationToken);
	const results = page.data.map((bot) => {
		const settings = (bot.webhook ?? {}) as IDataObject;
		const nickname = typeof settings.nickname === 'string' ? ` (@${settings.nickname})` : '';
		return { name: `${String(settings.name ?? `Bot ${bot.id}`)}${nickname}`, value: String(bot.id) };
	});
	return { results, paginationToken: page.paginationToken };
}

/** The workspace's group tags, filtered by name on this side (Pachca filters only by exact names); the head count in brackets. */
export async function searchGroupTags(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await pageByName(this, PICKER_ROUTES.groupTags, filter, paginationToken, (tag) => ({
		name: `${String(tag.name ?? `Tag ${tag.id}`)} (${Number(tag.users_count ?? 0)})`,
		value: String(tag.id),
	}));
}
